package vn.qrgate.service;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * systemd's {@code WatchdogSec=} from the service's side: every half interval, {@code WATCHDOG=1} — but only
 * while the service's own health check passes. A failing check sends no ping (systemd then restarts the
 * service) and writes its reason as {@code STATUS=} once, so {@code systemctl status} says why. A hung JVM,
 * or a check that blocks, pings no more either: that is the point.
 */
public final class Watchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    public static final String WATCHDOG_USEC = "WATCHDOG_USEC";
    public static final String WATCHDOG_PID = "WATCHDOG_PID";

    private final SystemdNotifier notifier;
    private final Duration interval;
    private final Supplier<Health> check;
    private final String healthyStatus;
    private Health last = Health.ok();
    private Thread thread;

    Watchdog(SystemdNotifier notifier, Duration interval, Supplier<Health> check, String healthyStatus) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.check = Objects.requireNonNull(check, "check");
        this.healthyStatus = Objects.requireNonNull(healthyStatus, "healthyStatus");
    }

    /**
     * Starts pinging if this process's environment asks for it; otherwise returns a watchdog that does nothing.
     * {@code healthyStatus} is the {@code STATUS=} shown again when a failing check passes again.
     */
    public static Watchdog start(SystemdNotifier notifier, Supplier<Health> check, String healthyStatus) {
        return start(notifier, System.getenv(), ProcessHandle.current().pid(), check, healthyStatus);
    }

    static Watchdog start(SystemdNotifier notifier, Map<String, String> env, long pid, Supplier<Health> check,
                          String healthyStatus) {
        Optional<Duration> interval = interval(env, pid);
        Watchdog watchdog = new Watchdog(notifier, interval.orElse(Duration.ZERO), check, healthyStatus);
        if (interval.isPresent() && notifier.enabled()) {
            watchdog.startThread();
            LOG.info("systemd watchdog on: a ping every {} ms while healthy", interval.get().toMillis() / 2);
        }
        return watchdog;
    }

    /**
     * The watchdog interval systemd asked for, as sd_watchdog_enabled(3) reads it: {@code WATCHDOG_USEC} a
     * positive number, and {@code WATCHDOG_PID}, when set, this process (not a parent the variables leaked from).
     */
    public static Optional<Duration> interval(Map<String, String> env, long pid) {
        String usec = env.get(WATCHDOG_USEC);
        if (usec == null || usec.isEmpty()) {
            return Optional.empty();
        }
        long micros;
        try {
            micros = Long.parseLong(usec);
        } catch (NumberFormatException e) {
            micros = 0;
        }
        if (micros <= 0) {
            LOG.warn("no watchdog: {} is '{}', allowed is a positive number of microseconds", WATCHDOG_USEC, usec);
            return Optional.empty();
        }
        String forPid = env.get(WATCHDOG_PID);
        if (forPid != null && !forPid.isEmpty() && !forPid.equals(Long.toString(pid))) {
            LOG.debug("no watchdog: {} is {}, not this process ({})", WATCHDOG_PID, forPid, pid);
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(micros * 1000));
    }

    /** Whether a ping thread runs. */
    public synchronized boolean running() {
        return thread != null;
    }

    public Duration interval() {
        return interval;
    }

    /** One round: checks health, pings if healthy. Returns whether it pinged. */
    boolean tick() {
        Health now;
        try {
            now = check.get();
        } catch (RuntimeException e) {
            now = Health.failing("health check failed: " + e.getClass().getSimpleName());
        }
        if (now.healthy()) {
            if (!last.healthy()) {
                LOG.info("healthy again; watchdog pings resume");
                notifier.status(healthyStatus);
            }
            last = now;
            return notifier.watchdog();
        }
        if (last.healthy() || !last.reason().equals(now.reason())) {
            LOG.warn("unhealthy, no watchdog pings (systemd restarts the service if this lasts): {}", now.reason());
            notifier.status("unhealthy: " + now.reason());
        }
        last = now;
        return false;
    }

    private synchronized void startThread() {
        long pauseMillis = Math.max(1, interval.toMillis() / 2);
        thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                tick();
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "qrgate-watchdog");
        // A daemon: the watchdog must never keep a stopping service alive.
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
