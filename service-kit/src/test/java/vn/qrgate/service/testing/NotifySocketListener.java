package vn.qrgate.service.testing;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Structure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.qrgate.service.SocketAddress;

/**
 * The supervisor's end of the notify protocol, as systemd has it: a unix datagram socket bound to a path or an
 * abstract name, whose name goes into the child's {@code NOTIFY_SOCKET}. Everything received is kept, in order.
 */
public final class NotifySocketListener implements AutoCloseable {

    /** libc for the listening side; Linux values. */
    interface Sys extends Library {
        Sys INSTANCE = Native.load("c", Sys.class);
        int AF_UNIX = 1;
        int SOCK_DGRAM = 2;
        int SOCK_CLOEXEC = 0x80000;
        short POLLIN = 1;

        int socket(int domain, int type, int protocol) throws LastErrorException;

        int bind(int fd, byte[] address, int length) throws LastErrorException;

        int poll(PollFd fds, int count, int timeoutMillis) throws LastErrorException;

        NativeLong recv(int fd, byte[] buffer, NativeLong length, int flags) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    /** {@code struct pollfd}. */
    @Structure.FieldOrder({"fd", "events", "revents"})
    public static final class PollFd extends Structure {
        public int fd;
        public short events;
        public short revents;
    }

    private final String name;
    private final Optional<Path> file;
    private final int fd;
    private final List<String> received = new ArrayList<>();

    private NotifySocketListener(String name, Optional<Path> file) {
        this.name = name;
        this.file = file;
        byte[] address = SocketAddress.of(name).bytes();
        this.fd = Sys.INSTANCE.socket(Sys.AF_UNIX, Sys.SOCK_DGRAM | Sys.SOCK_CLOEXEC, 0);
        try {
            Sys.INSTANCE.bind(fd, address, address.length);
        } catch (LastErrorException e) {
            Sys.INSTANCE.close(fd);
            throw e;
        }
    }

    /** A socket file {@code notify.sock} in {@code dir}. */
    public static NotifySocketListener atPath(Path dir) {
        Path file = dir.resolve("notify.sock");
        return new NotifySocketListener(file.toString(), Optional.of(file));
    }

    /** An abstract socket, as some containers and tests use: no file. */
    public static NotifySocketListener abstractName() {
        return new NotifySocketListener("@qrgate-notify-test-" + UUID.randomUUID(), Optional.empty());
    }

    /** What goes into the child's {@code NOTIFY_SOCKET}. */
    public String name() {
        return name;
    }

    /** The next datagram, or empty when none came within {@code wait}. */
    public synchronized Optional<String> next(Duration wait) {
        PollFd poll = new PollFd();
        poll.fd = fd;
        poll.events = Sys.POLLIN;
        int ready = Sys.INSTANCE.poll(poll, 1, (int) Math.max(0, wait.toMillis()));
        if (ready <= 0) {
            return Optional.empty();
        }
        byte[] buffer = new byte[4096];
        int length = Sys.INSTANCE.recv(fd, buffer, new NativeLong(buffer.length), 0).intValue();
        String message = new String(buffer, 0, length, StandardCharsets.UTF_8);
        received.add(message);
        return Optional.of(message);
    }

    /**
     * Reads until a datagram contains the line {@code assignment} (e.g. {@code READY=1}), at most {@code wait}.
     * Returns that datagram.
     */
    public Optional<String> await(String assignment, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            Optional<String> message = next(Duration.ofNanos(left));
            if (message.isPresent() && message.get().lines().anyMatch(assignment::equals)) {
                return message;
            }
        }
    }

    /** Every datagram received so far. */
    public synchronized List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws Exception {
        Sys.INSTANCE.close(fd);
        if (file.isPresent()) {
            Files.deleteIfExists(file.get());
        }
    }
}
