package vn.qrgate.reader.adapter.evdev;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An event device opened through libc ({@code open}, {@code poll}, {@code read}, {@code ioctl},
 * {@code close}) by JNA: Java's own streams have no file descriptor to grab and no read timeout.
 * Opened non-blocking, so neither opening a FIFO without a writer nor a read can hang the thread;
 * waiting is done in {@code poll}. Used by one thread at a time.
 */
final class LibcInputDevice implements InputDevice {

    /**
     * The size of a C long in this process, which sets the record layout the kernel uses for it.
     * Read from the JVM rather than from JNA, so that building a source loads no native code.
     */
    static final int C_LONG_BYTES = "32".equals(System.getProperty("sun.arch.data.model")) ? 4 : 8;

    // _IOW('E', 0x90, int) from linux/input.h
    static final long EVIOCGRAB = 0x40044590L;

    // asm-generic/fcntl.h, the same on x86-64, arm and arm64
    private static final int O_RDONLY = 0;
    private static final int O_NONBLOCK = 0x800;
    private static final int O_CLOEXEC = 0x80000;
    private static final short POLLIN = 0x1;
    private static final short POLLERR = 0x8;
    private static final short POLLHUP = 0x10;
    private static final short POLLNVAL = 0x20;

    interface LibC extends Library {
        int open(String path, int flags) throws LastErrorException;

        NativeLong read(int fd, byte[] buffer, NativeLong count) throws LastErrorException;

        int poll(Pointer fds, NativeLong count, int timeoutMillis) throws LastErrorException;

        int ioctl(int fd, NativeLong request, NativeLong argument) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    /** Loaded on first use, so a machine without libc fails on open with a message, not on class load. */
    private static final class Holder {
        static final LibC C = Native.load("c", LibC.class);
    }

    private final Path path;
    private final int fd;
    // struct pollfd { int fd; short events; short revents; }
    private final Memory pollFd = new Memory(8);
    private boolean grabbed;
    private boolean closed;

    private LibcInputDevice(Path path, int fd) {
        this.path = path;
        this.fd = fd;
        pollFd.setInt(0, fd);
        pollFd.setShort(4, POLLIN);
    }

    static InputDevice open(Path path) throws InputDeviceException {
        LibC c;
        try {
            c = Holder.C;
        } catch (LinkageError e) {
            throw new InputDeviceException("libc cannot be loaded through JNA (" + e.getClass().getSimpleName()
                    + "): the keyboard-wedge input needs Linux", null);
        }
        try {
            return new LibcInputDevice(path, c.open(path.toString(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
        } catch (LastErrorException e) {
            Errno errno = new Errno(e.getErrorCode());
            throw new InputDeviceException(path + " cannot be opened: " + errno, errno);
        }
    }

    @Override
    public int read(byte[] into, int waitMillis) throws InputDeviceException {
        short events;
        try {
            pollFd.setShort(6, (short) 0);
            if (Holder.C.poll(pollFd, new NativeLong(1), waitMillis) == 0) {
                return 0;
            }
            events = pollFd.getShort(6);
        } catch (LastErrorException e) {
            if (e.getErrorCode() == Errno.EINTR) {
                return 0;
            }
            throw lost("poll", e);
        }
        if ((events & POLLNVAL) != 0) {
            throw new InputDeviceException(path + ": poll says the descriptor is not open", new Errno(Errno.EBADF));
        }
        long n;
        try {
            n = Holder.C.read(fd, into, new NativeLong(into.length)).longValue();
        } catch (LastErrorException e) {
            boolean retry = e.getErrorCode() == Errno.EAGAIN || e.getErrorCode() == Errno.EINTR;
            if (retry && (events & (POLLERR | POLLHUP)) == 0) {
                return 0;
            }
            throw lost("read", e);
        }
        return n == 0 ? -1 : (int) n;
    }

    @Override
    public Optional<Errno> grab() {
        try {
            Holder.C.ioctl(fd, new NativeLong(EVIOCGRAB), new NativeLong(1));
            grabbed = true;
            return Optional.empty();
        } catch (LastErrorException e) {
            return Optional.of(new Errno(e.getErrorCode()));
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (grabbed) {
                Holder.C.ioctl(fd, new NativeLong(EVIOCGRAB), new NativeLong(0));
            }
        } catch (LastErrorException e) {
            // closing the descriptor below releases the grab as well
        }
        try {
            Holder.C.close(fd);
        } catch (LastErrorException e) {
            // the descriptor is released even when close reports an error (Linux close(2))
        }
        pollFd.close();
    }

    private InputDeviceException lost(String call, LastErrorException e) {
        Errno errno = new Errno(e.getErrorCode());
        return new InputDeviceException(path + ": " + call + " failed: " + errno, errno);
    }
}
