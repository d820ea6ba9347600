package vn.qrgate.service;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sd_notify(3) in Java: datagrams such as {@code READY=1} to the socket systemd names in {@code $NOTIFY_SOCKET}
 * (units with {@code Type=notify}). Without that variable (run by hand, in tests) every call does nothing.
 * A failure is logged once and never thrown: a service must not stop because its supervisor did not listen.
 */
public final class SystemdNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(SystemdNotifier.class);
    public static final String NOTIFY_SOCKET = "NOTIFY_SOCKET";

    private final Optional<SocketAddress> socket;
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    private SystemdNotifier(Optional<SocketAddress> socket) {
        this.socket = socket;
    }

    /** From this process's environment. */
    public static SystemdNotifier fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** From {@code env}; a malformed {@code NOTIFY_SOCKET} is logged and leaves the notifier off. */
    public static SystemdNotifier fromEnvironment(Map<String, String> env) {
        String name = env.get(NOTIFY_SOCKET);
        if (name == null || name.isEmpty()) {
            return new SystemdNotifier(Optional.empty());
        }
        try {
            return new SystemdNotifier(Optional.of(SocketAddress.of(name)));
        } catch (IllegalArgumentException e) {
            LOG.warn("not notifying systemd: {}", e.getMessage());
            return new SystemdNotifier(Optional.empty());
        }
    }

    /** Whether a supervisor asked for notifications. */
    public boolean enabled() {
        return socket.isPresent();
    }

    /** Started: ports bound, stores open. {@code status} is what {@code systemctl status} shows. */
    public boolean ready(String status) {
        return send("READY=1\nSTATUS=" + oneLine(status));
    }

    /** Alive and healthy: resets systemd's {@code WatchdogSec=} timer. */
    public boolean watchdog() {
        return send("WATCHDOG=1");
    }

    public boolean stopping() {
        return send("STOPPING=1\nSTATUS=stopping");
    }

    public boolean status(String status) {
        return send("STATUS=" + oneLine(status));
    }

    /**
     * Sends one datagram of newline-separated assignments. Returns whether it was sent; false when off or failed.
     */
    public boolean send(String message) {
        if (socket.isEmpty()) {
            return false;
        }
        byte[] payload = message.getBytes(StandardCharsets.UTF_8);
        byte[] address = socket.get().bytes();
        try {
            // One socket per message, as libsystemd does: nothing to keep open or to reconnect.
            int fd = LibC.INSTANCE.socket(LibC.AF_UNIX, LibC.SOCK_DGRAM | LibC.SOCK_CLOEXEC, 0);
            try {
                LibC.INSTANCE.sendto(fd, payload, new NativeLong(payload.length), LibC.MSG_NOSIGNAL, address,
                        address.length);
            } finally {
                LibC.INSTANCE.close(fd);
            }
            if (failureLogged.compareAndSet(true, false)) {
                LOG.info("notifying systemd at {} works again", socket.get());
            }
            return true;
        } catch (LastErrorException | UnsatisfiedLinkError e) {
            if (failureLogged.compareAndSet(false, true)) {
                LOG.warn("cannot notify systemd at {} ({}); the service goes on, logged once", socket.get(),
                        e.getMessage());
            }
            return false;
        }
    }

    /** A newline would start a new assignment: a status must stay one. */
    private static String oneLine(String status) {
        return status.replace('\n', ' ');
    }
}
