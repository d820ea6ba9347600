package vn.qrgate.reader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built agent jar run as systemd runs it: {@code run --config FILE}, output to a log file, SIGTERM to stop. */
public final class AgentJar implements AutoCloseable {

    public static final Path JAR = Paths.get("target", "qrgate-reader.jar");

    private final Process process;
    private final Path log;

    private AgentJar(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static AgentJar run(Path config, Path log) throws IOException {
        Process p = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "run", "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AgentJar(p, log);
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** SIGTERM (not Process.destroy(), which would also close the agent's stdin), then a kill if it hangs. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
            process.waitFor(30, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }
}
