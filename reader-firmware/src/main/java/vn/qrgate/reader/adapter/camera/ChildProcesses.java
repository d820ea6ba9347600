package vn.qrgate.reader.adapter.camera;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stopping a camera command and everything it started: a wrapper script's child would otherwise keep
 * the camera open and the output pipe alive after the script is gone.
 */
final class ChildProcesses {

    static final long GRACE_MILLIS = 500;
    private static final long EXIT_WAIT_MILLIS = 1000;
    private static final long KILL_WAIT_MILLIS = 500;

    private ChildProcesses() {
    }

    /** Asks the process and its descendants to end, kills whatever is left after a grace, and waits for them. */
    static void stop(Process process) {
        // collected first: once the parent is gone its children are no longer its descendants
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        // Process.destroy also closes our ends of its pipes, which ends a read blocked on them
        process.destroy();
        all.forEach(ProcessHandle::destroy);
        all.add(0, process.toHandle());
        long graceEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        List<ProcessHandle> stubborn = all.stream().filter(p -> !exited(p, graceEnd)).toList();
        if (!stubborn.isEmpty()) {
            process.destroyForcibly();
        }
        stubborn.forEach(ProcessHandle::destroyForcibly);
        long killEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(KILL_WAIT_MILLIS);
        stubborn.forEach(p -> exited(p, killEnd));
    }

    /** The camera tools read nothing; a closed stdin also stops one that waits for a key. */
    static void closeInput(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // nothing was to be written anyway
        }
    }

    /** After its output ended: how the process exited, stopping it if it still runs. */
    static String exitStatus(Process process) {
        try {
            if (process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return "exit status " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop(process);
        return "still running with its output closed; stopped it";
    }

    private static boolean exited(ProcessHandle process, long deadlineNanos) {
        try {
            process.onExit().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
