package vn.qrgate.reader.adapter.evdev;

/** A Linux errno, named as in {@code errno.h} so that a technician can look it up. */
record Errno(int number) {

    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int EINTR = 4;
    static final int EIO = 5;
    static final int ENXIO = 6;
    static final int EBADF = 9;
    static final int EAGAIN = 11;
    static final int EACCES = 13;
    static final int EBUSY = 16;
    static final int ENODEV = 19;
    static final int EISDIR = 21;
    static final int EINVAL = 22;
    static final int ENOTTY = 25;

    String name() {
        switch (number) {
            case EPERM: return "EPERM";
            case ENOENT: return "ENOENT";
            case EINTR: return "EINTR";
            case EIO: return "EIO";
            case ENXIO: return "ENXIO";
            case EBADF: return "EBADF";
            case EAGAIN: return "EAGAIN";
            case EACCES: return "EACCES";
            case EBUSY: return "EBUSY";
            case ENODEV: return "ENODEV";
            case EISDIR: return "EISDIR";
            case EINVAL: return "EINVAL";
            case ENOTTY: return "ENOTTY";
            default: return "errno " + number;
        }
    }

    /** What the errno usually means for an input device node, for the log line. */
    String meaning() {
        switch (number) {
            case ENOENT: return "no such device (unplugged, or not plugged in yet)";
            case ENODEV: case ENXIO: return "the device is gone (unplugged)";
            case EACCES: case EPERM: return "permission denied (add the service user to the input group)";
            case EBUSY: return "another program has grabbed it";
            case ENOTTY: case EINVAL: return "not an input event device";
            case EISDIR: return "it is a directory";
            default: return "the system call failed";
        }
    }

    @Override
    public String toString() {
        return name() + " (" + meaning() + ")";
    }
}
