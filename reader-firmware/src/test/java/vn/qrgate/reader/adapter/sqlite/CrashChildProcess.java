package vn.qrgate.reader.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One {@link OutboxCrashChild} JVM as {@link OutboxCrashIT} drives it: started early so it warms up
 * while its predecessor scans, told GO once that one is dead, then SIGKILLed.
 */
final class CrashChildProcess {

    /** A scan the child reported as "gate opened". */
    record Open(long seq, UUID eventId) {
    }

    private static final long LINE_TIMEOUT_SECONDS = 30;
    private static final int SIGKILL_EXIT = 128 + 9;

    private final Process process;
    private final Supplier<String> stderr;
    private final CountDownLatch warm = new CountDownLatch(1);
    private final CountDownLatch ready = new CountDownLatch(1);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread reader;

    CrashChildProcess(List<String> command, File stderrLog, Supplier<String> stderr) throws IOException {
        this.process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderrLog)).start();
        this.stderr = stderr;
        // Drained as it comes, so the pipe never fills and blocks the child.
        this.reader = new Thread(this::drain, "crash-child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits until the child is warm, lets it open the outbox, and waits until it scans. */
    void start(String where) throws IOException, InterruptedException {
        await(warm, where, "WARM");
        process.getOutputStream().write("GO\n".getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().flush();
        await(ready, where, "READY");
    }

    /**
     * SIGKILL: no shutdown hooks, no close(), no checkpoint. Sent through the ProcessHandle, because
     * Process.destroyForcibly() also closes our end of the child's stdout and throws away lines still
     * in the pipe; the test would then blame the outbox for a lost signal.
     */
    List<Open> kill(String where) throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(process.exitValue()).as("%s: child killed, not finished; stderr: %s", where, stderr.get())
                .isEqualTo(SIGKILL_EXIT);
        return opens(where);
    }

    void abandon() {
        process.toHandle().destroyForcibly();
    }

    private void await(CountDownLatch latch, String where, String line) throws InterruptedException {
        if (!latch.await(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            abandon();
            fail(where + ": child never printed " + line + "; stderr: " + stderr.get());
        }
    }

    private void drain() {
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (bytes) {
                    bytes.write(buffer, 0, n);
                    if (ready.getCount() > 0) {
                        String text = bytes.toString(StandardCharsets.US_ASCII);
                        countDownIf(text.contains("WARM\n"), warm);
                        countDownIf(text.contains("READY\n"), ready);
                    }
                }
            }
        } catch (IOException e) {
            // The child is gone; what was read is what it printed.
        }
    }

    private static void countDownIf(boolean seen, CountDownLatch latch) {
        if (seen) {
            latch.countDown();
        }
    }

    /** Whole lines only: a line cut short by the kill was never a completed signal. */
    private List<Open> opens(String where) {
        String text;
        synchronized (bytes) {
            text = bytes.toString(StandardCharsets.US_ASCII);
        }
        List<Open> opens = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String[] parts = lines[i].split(" ");
            if (parts[0].equals("OPEN")) {
                opens.add(new Open(Long.parseLong(parts[1]), UUID.fromString(parts[2])));
            } else if (!parts[0].equals("WARM") && !parts[0].equals("READY")) {
                fail(where + ": unexpected child output line: " + lines[i]);
            }
        }
        return opens;
    }
}
