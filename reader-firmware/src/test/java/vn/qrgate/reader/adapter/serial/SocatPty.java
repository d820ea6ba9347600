package vn.qrgate.reader.adapter.serial;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair from socat standing in for a USB-COM reader: the agent opens {@code reader},
 * the test writes to {@code host}. Stopping socat makes both ptys vanish, as unplugging does.
 */
public final class SocatPty implements AutoCloseable {

    private static final long START_TIMEOUT_MILLIS = 5000;

    private final Path reader;
    private final Path host;
    private final Path log;
    private Process process;
    private OutputStream out;

    public SocatPty(Path dir) {
        this.reader = dir.resolve("reader");
        this.host = dir.resolve("host");
        this.log = dir.resolve("socat.log");
    }

    static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "socat");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("socat not found on PATH; the serial ITs need it (apt-get install socat)");
    }

    public Path reader() {
        return reader;
    }

    /** Starts socat and waits until both links point at live ptys. */
    public SocatPty start() throws IOException, InterruptedException {
        // a socat killed hard leaves its links behind, and a new one would refuse to replace them
        Files.deleteIfExists(reader);
        Files.deleteIfExists(host);
        process = new ProcessBuilder(executable(), "-d", "-d",
                "pty,raw,echo=0,link=" + reader, "pty,raw,echo=0,link=" + host)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        while (!(Files.exists(reader) && Files.exists(host))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("socat did not create its ptys; its log:\n" + log());
            }
            Thread.sleep(10);
        }
        return this;
    }

    public void write(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One write(2) on the host side, so the bytes leave together. */
    public void write(byte[] bytes) {
        try {
            if (out == null) {
                out = new FileOutputStream(host.toFile());
            }
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to " + host + " failed; socat log:\n" + log(), e);
        }
    }

    /** "Unplugs": socat exits on SIGTERM and removes its links, the ptys disappear. */
    public void stop() throws InterruptedException {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the pty may already be gone; nothing to release then
            }
            out = null;
        }
        if (process != null) {
            process.destroy();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(3, TimeUnit.SECONDS);
            }
            process = null;
        }
        try {
            Files.deleteIfExists(reader);
            Files.deleteIfExists(host);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String log() {
        try {
            return Files.exists(log) ? String.join("\n", Files.readAllLines(log)) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static List<String> stty(Path pty) throws IOException, InterruptedException {
        Process stty = new ProcessBuilder("stty", "-F", pty.toRealPath().toString(), "-a").redirectErrorStream(true).start();
        String text = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        stty.waitFor(5, TimeUnit.SECONDS);
        return List.of(text.split("[\\s;]+"));
    }
}
