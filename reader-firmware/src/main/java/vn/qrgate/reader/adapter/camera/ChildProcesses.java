package vn.qrgate.reader.adapter.camera;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stopping a camera command and everything it started: a wrapper script's child would otherwise keep
 * the camera open and the output pipe alive after the script is gone.
 */
final class ChildProcesses {

    static final long GRACE_MILLIS = 500;
    private static final long EXIT_WAIT_MILLIS = 1000;

    private ChildProcesses() {
    }

    /** Asks the process and its descendants to end, then kills whatever is left after a grace. */
    static void stop(Process process) {
        // collected first: once the parent is gone its children are no longer its descendants
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
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
}
