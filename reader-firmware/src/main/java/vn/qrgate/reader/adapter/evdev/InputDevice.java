package vn.qrgate.reader.adapter.evdev;

import java.nio.file.Path;
import java.util.Optional;

/** An open event device node: the one place that talks to the kernel, so the rest is plain Java. */
interface InputDevice extends AutoCloseable {

    /** Waits up to {@code waitMillis} for bytes: how many came, 0 when none did, -1 at end of input. */
    int read(byte[] into, int waitMillis) throws InputDeviceException;

    /** Takes the device for this process alone: empty when taken, otherwise why the kernel refused. */
    Optional<Errno> grab();

    /** Gives the grab back and closes the node. Idempotent. */
    @Override
    void close();

    @FunctionalInterface
    interface Opener {
        InputDevice open(Path path) throws InputDeviceException;
    }
}
