package vn.qrgate.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The agent as a process: start-to-ready time (launch until its "ready" log line), resident memory
 * when idle and after N scans, with and without an application class-data-sharing archive.
 *
 * <p>Run after {@code mvn -B -DskipTests package}:
 * {@code java -cp bench/target/qrgate-bench.jar vn.qrgate.bench.ReaderFootprint [jar] [scans] [-Xmx]}
 */
public final class ReaderFootprint {

    private static final String CODE = "058190001234|260123456|Trần Thị Bình|05071990|Nữ|Ninh Thuận|15082021\n";
    private static final int STARTS = 7;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "reader-firmware/target/qrgate-reader.jar").toAbsolutePath();
        int scans = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String xmx = args.length > 2 ? args[2] : "-Xmx48m";
        Path dir = Files.createTempDirectory("qrgate-footprint");
        Path config = dir.resolve("reader.yaml");
        Files.writeString(config, String.join("\n", "device: {id: footprint-1, venue: V-BENCH}", "mode: gate",
                "direction: IN", "hardware: {board: simulated}", "inputs:", "  - {type: stdin}",
                "outbox: {path: " + dir.resolve("outbox.db") + "}", "duplicates: {window: 0s}", ""));
        List<String> jvm = List.of(xmx, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-XX:ReservedCodeCacheSize=32m", "-XX:MaxMetaspaceSize=64m");

        System.out.println("JVM options: " + jvm);
        report("start-to-ready, no CDS archive", startTimes(jar, config, dir, jvm));
        Path jsa = dir.resolve("reader.jsa");
        List<String> dump = new ArrayList<>(jvm);
        dump.add("-XX:ArchiveClassesAtExit=" + jsa);
        startOnce(jar, config, dir, dump).close();
        List<String> withCds = new ArrayList<>(jvm);
        withCds.add("-XX:SharedArchiveFile=" + jsa);
        report("start-to-ready, with AppCDS archive", startTimes(jar, config, dir, withCds));

        try (Running r = startOnce(jar, config, dir, withCds)) {
            Thread.sleep(3000);
            long idle = rssKb(r.process.pid());
            long before = rows(dir.resolve("outbox.db"));
            byte[] line = CODE.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < scans; i++) {
                r.stdin.write(line);
            }
            r.stdin.flush();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (rows(dir.resolve("outbox.db")) < before + scans && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(2000);
            long after = rssKb(r.process.pid());
            System.out.printf("resident memory (VmRSS): idle %.1f MB, after %d scans %.1f MB (%d rows stored)%n",
                    idle / 1024.0, scans, after / 1024.0, rows(dir.resolve("outbox.db")) - before);
        }
    }

    private static long[] startTimes(Path jar, Path config, Path dir, List<String> jvm) throws Exception {
        long[] millis = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            long t0 = System.nanoTime();
            try (Running r = startOnce(jar, config, dir, jvm)) {
                millis[i] = TimeUnit.NANOSECONDS.toMillis(r.readyAt - t0);
            }
        }
        return millis;
    }

    private static void report(String what, long[] millis) {
        long[] s = millis.clone();
        Arrays.sort(s);
        System.out.printf("%s over %d starts: median %d ms, min %d ms, max %d ms%n", what, s.length, s[s.length / 2],
                s[0], s[s.length - 1]);
    }

    private static Running startOnce(Path jar, Path config, Path dir, List<String> jvm) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar.toString(), "run", "--config", config.toString()));
        Path log = dir.resolve("agent-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(" ready at venue ")) {
                return new Running(p, System.nanoTime());
            }
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the agent did not get ready; its log: " + Files.readString(log));
            }
            Thread.sleep(2);
        }
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static long rows(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM outbox")) {
            return r.getLong(1);
        }
    }

    private static final class Running implements AutoCloseable {
        final Process process;
        final OutputStream stdin;
        final long readyAt;

        Running(Process process, long readyAt) {
            this.process = process;
            this.stdin = process.getOutputStream();
            this.readyAt = readyAt;
        }

        @Override
        public void close() throws Exception {
            stdin.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
