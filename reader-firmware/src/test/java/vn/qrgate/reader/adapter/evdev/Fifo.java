package vn.qrgate.reader.adapter.evdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A named pipe standing in for a reader's event node: its writer closing is the reader being unplugged. */
final class Fifo {

    private final Path path;

    private Fifo(Path path) {
        this.path = path;
    }

    /** Made by the real mkfifo(1), as a technician would. */
    static Fifo create(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).as("mkfifo finished").isTrue();
        assertThat(mkfifo.exitValue()).as("mkfifo %s: %s", path, new String(mkfifo.getInputStream().readAllBytes())).isZero();
        return new Fifo(path);
    }

    Path path() {
        return path;
    }

    /** Blocks until a reader has the pipe open: call it once the source says it is connected. */
    OutputStream openWriter() throws IOException {
        return new FileOutputStream(path.toFile());
    }

    void delete() throws IOException {
        Files.delete(path);
    }
}
