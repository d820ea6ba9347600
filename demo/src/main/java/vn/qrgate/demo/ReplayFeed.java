package vn.qrgate.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Plays a file of codes, one per line, into the reader's standard-input channel at a steady rate, as if
 * somebody scanned them: the reader itself is not told it is being replayed.
 */
final class ReplayFeed implements AutoCloseable {

    private final List<String> lines;
    private final double perSecond;
    private final PipedInputStream readerSide;
    private final PipedOutputStream feedSide;
    private final Thread thread;

    ReplayFeed(Path file, double perSecond, IntConsumer whenDone) {
        if (perSecond <= 0 || perSecond > 10_000) {
            throw new IllegalArgumentException("--rate must be more than 0 and at most 10000 codes per second, was " + perSecond);
        }
        try {
            this.lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            this.readerSide = new PipedInputStream(64 * 1024);
            this.feedSide = new PipedOutputStream(readerSide);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the replay file " + file, e);
        }
        this.perSecond = perSecond;
        this.thread = new Thread(() -> play(whenDone), "demo-replay");
        this.thread.setDaemon(true);
    }

    int size() {
        return lines.size();
    }

    PipedInputStream input() {
        return readerSide;
    }

    void start() {
        thread.start();
    }

    private void play(IntConsumer whenDone) {
        long interval = (long) (1_000_000_000L / perSecond);
        long next = System.nanoTime();
        int sent = 0;
        try (OutputStream out = feedSide) {
            for (String line : lines) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent++;
                next += interval;
            }
        } catch (IOException stopped) {
            // The reader closed its end: the demo is stopping.
        }
        whenDone.accept(sent);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
