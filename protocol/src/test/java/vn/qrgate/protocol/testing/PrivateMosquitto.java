package vn.qrgate.protocol.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto broker of the test's own, as a real process on a free loopback port, for tests that stop,
 * restart or lock down their broker. Needs {@code mosquitto} (and {@code mosquitto_passwd} for users) on
 * the PATH or in /usr/sbin; {@code .ci/run} installs them.
 */
public final class PrivateMosquitto implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Path config;
    private Process process;

    private PrivateMosquitto(Path dir, int port, Path config) {
        this.dir = dir;
        this.port = port;
        this.config = config;
    }

    public static Builder in(Path dir) {
        return new Builder(dir);
    }

    public static final class Builder {
        private final Path dir;
        private final Map<String, String> users = new LinkedHashMap<>();
        private Optional<Path> aclFile = Optional.empty();
        private boolean persistence;
        private int port;
        private final List<String> extraLines = new ArrayList<>();

        private Builder(Path dir) {
            this.dir = dir;
        }

        /** Turns anonymous access off: only these users may connect. */
        public Builder user(String name, String password) {
            users.put(name, password);
            return this;
        }

        public Builder acl(Path file) {
            aclFile = Optional.of(file);
            return this;
        }

        /** Keeps retained messages and sessions across {@link #restart()}. */
        public Builder persistence(boolean on) {
            persistence = on;
            return this;
        }

        public Builder port(int fixed) {
            port = fixed;
            return this;
        }

        public Builder line(String configLine) {
            extraLines.add(configLine);
            return this;
        }

        public PrivateMosquitto start() {
            try {
                Files.createDirectories(dir);
                int chosen = port == 0 ? freePort() : port;
                StringBuilder conf = new StringBuilder();
                conf.append("per_listener_settings false\n");
                // Run as root, mosquitto would switch to user "mosquitto", who cannot read the test's folder.
                conf.append("user ").append(System.getProperty("user.name")).append('\n');
                conf.append("listener ").append(chosen).append(" 127.0.0.1\n");
                conf.append("max_queued_messages 0\nmax_queued_bytes 0\nset_tcp_nodelay true\n");
                conf.append("log_dest file ").append(dir.resolve("mosquitto.log")).append('\n');
                conf.append("log_type error\nlog_type warning\nlog_type notice\n");
                if (persistence) {
                    conf.append("persistence true\npersistence_location ").append(dir).append("/\n");
                } else {
                    conf.append("persistence false\n");
                }
                if (users.isEmpty()) {
                    conf.append("allow_anonymous true\n");
                } else {
                    Path passwd = dir.resolve("passwd");
                    Files.writeString(passwd, "");
                    for (Map.Entry<String, String> user : users.entrySet()) {
                        run(List.of(binary("mosquitto_passwd"), "-b", passwd.toString(), user.getKey(), user.getValue()));
                    }
                    conf.append("allow_anonymous false\npassword_file ").append(passwd).append('\n');
                }
                aclFile.ifPresent(acl -> conf.append("acl_file ").append(acl.toAbsolutePath()).append('\n'));
                extraLines.forEach(line -> conf.append(line).append('\n'));
                Path config = dir.resolve("mosquitto.conf");
                Files.writeString(config, conf);
                PrivateMosquitto broker = new PrivateMosquitto(dir, chosen, config);
                broker.launch();
                return broker;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    public Path log() {
        return dir.resolve("mosquitto.log");
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops the broker as an operator would (SIGTERM) and waits for it to go. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts it again on the same port with the same config. */
    public void restart() {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        try {
            process = new ProcessBuilder(binary("mosquitto"), "-c", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("mosquitto.out").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start mosquitto (is it installed?)", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mosquitto exited with " + process.exitValue() + "; see " + dir);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        throw new IllegalStateException("mosquitto did not listen on port " + port + " within 10 s; see " + dir);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String binary(String name) {
        for (String folder : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return name;
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException(command.get(0) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
