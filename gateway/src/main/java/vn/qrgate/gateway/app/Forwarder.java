package vn.qrgate.gateway.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.app.GatewayMetrics.ForwardError;
import vn.qrgate.gateway.config.RegistrySettings;
import vn.qrgate.gateway.domain.Backoff;
import vn.qrgate.gateway.domain.DeadLetter;
import vn.qrgate.gateway.domain.ForwardPlan;
import vn.qrgate.gateway.domain.QueuedEvent;
import vn.qrgate.gateway.domain.RetryAfter;
import vn.qrgate.gateway.port.EventStore;
import vn.qrgate.gateway.port.RegistryClient;
import vn.qrgate.gateway.port.RegistryReply;
import vn.qrgate.gateway.port.StoreException;

/**
 * Hands the stored check-ins to the registry, oldest first, {@code batchSize} at a time (DESIGN §5, §6.3).
 * Deletes only what the registry answered {@code accepted} or {@code duplicates}; sets aside what it
 * {@code rejected}; keeps everything else and tries again: after {@code Retry-After} on 503/429, with
 * exponential backoff and full jitter on failures, at {@code retryMax} when the registry refuses the gateway
 * (401, 4xx: a config problem a retry will not fix). It sleeps while there is nothing to send and wakes
 * as soon as the ingest side stores something.
 */
public final class Forwarder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Forwarder.class);
    /** Looks at the queue this often even without a signal (another gateway may share the store). */
    static final Duration IDLE_RECHECK = Duration.ofSeconds(5);
    /**
     * While devices are draining their outboxes into the gateway, it pauses this long between requests: acking
     * devices comes first (their outboxes are the scarce resource), and the registry still gets at least
     * {@code batchSize} events per pause.
     */
    static final Duration YIELD_TO_INGEST = Duration.ofMillis(100);

    private final EventStore store;
    private final RegistryClient registry;
    private final RegistrySettings settings;
    private final GatewayMetrics metrics;
    private final Clock clock;
    private final Backoff backoff;
    private final Wakeup wakeup = new Wakeup();
    private final Thread thread;
    private final Duration idleRecheck;
    private volatile BooleanSupplier ingestBusy = () -> false;
    private final java.util.concurrent.atomic.AtomicLong idleRounds = new java.util.concurrent.atomic.AtomicLong();
    private String lastProblem;

    public Forwarder(EventStore store, RegistryClient registry, RegistrySettings settings, GatewayMetrics metrics,
            Clock clock, DoubleSupplier random) {
        this(store, registry, settings, metrics, clock, random, IDLE_RECHECK);
    }

    Forwarder(EventStore store, RegistryClient registry, RegistrySettings settings, GatewayMetrics metrics,
            Clock clock, DoubleSupplier random, Duration idleRecheck) {
        this.idleRecheck = idleRecheck;
        this.store = store;
        this.registry = registry;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.backoff = new Backoff(settings.retryMin(), settings.retryMax(), random);
        this.thread = new Thread(this::run, "qrgate-forwarder");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Tells the forwarder when devices are sending hard, so it leaves them the CPU and the store. */
    public void yieldWhile(BooleanSupplier busy) {
        this.ingestBusy = busy;
    }

    /** How often the forwarder found the queue empty (and went to sleep). */
    long idleRounds() {
        return idleRounds.get();
    }

    /** New events are stored: look now rather than at the next recheck. */
    public void wake() {
        wakeup.signal();
    }

    /** Stops after the current request (its answer is still applied). */
    @Override
    public void close() {
        wakeup.stop();
        try {
            thread.join(settings.timeout().plusSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (!wakeup.stopped()) {
                Duration wait = forwardOnce();
                if (wait == null) {
                    idleRounds.incrementAndGet();
                    wakeup.awaitSignal(idleRecheck);
                } else if (!wait.isZero()) {
                    wakeup.sleep(wait);
                } else if (ingestBusy.getAsBoolean()) {
                    wakeup.sleep(YIELD_TO_INGEST);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the forwarder stopped on an unexpected error: {}", e.toString(), e);
        }
    }

    /** One round: null when the queue was empty, else how long to wait before the next round (zero: go on). */
    Duration forwardOnce() {
        List<QueuedEvent> batch;
        try {
            batch = store.oldestUnforwarded(0, settings.batchSize());
        } catch (StoreException e) {
            metrics.forwardError(ForwardError.STORE);
            return problem("store", "cannot read the queue: " + e.getMessage(), backoff.next());
        }
        if (batch.isEmpty()) {
            return null;
        }
        List<UUID> sent = new ArrayList<>(batch.size());
        for (QueuedEvent q : batch) {
            sent.add(q.eventId());
        }
        RegistryReply reply = registry.send(batch);
        if (reply instanceof RegistryReply.Answered answered) {
            return settle(batch, sent, answered);
        }
        if (reply instanceof RegistryReply.Busy busy) {
            metrics.forwardError(ForwardError.BUSY);
            Duration wait = busy.retryAfter()
                    .map(d -> RetryAfter.capped(d, settings.retryMax()))
                    .map(d -> d.compareTo(settings.retryMin()) < 0 ? settings.retryMin() : d)
                    .orElseGet(backoff::next);
            return problem("busy", "the registry is busy (" + busy.status() + (busy.retryAfter().isPresent()
                    ? ", Retry-After " + busy.retryAfter().get().toSeconds() + " s" : "") + ")", wait);
        }
        if (reply instanceof RegistryReply.Refused refused) {
            boolean auth = refused.status() == 401 || refused.status() == 403;
            metrics.forwardError(auth ? ForwardError.UNAUTHORIZED : ForwardError.REFUSED);
            String hint = auth ? "the gateway token (registry.token) is wrong or not allowed to ingest"
                    : "the registry does not accept the request; check registry.url and the registry's version";
            backoff.next();
            return problem("refused" + refused.status(), "the registry refused " + batch.size() + " check-ins with "
                    + refused.status() + " (" + refused.detail() + "): " + hint + "; nothing is deleted",
                    settings.retryMax(), true);
        }
        RegistryReply.Failed failed = (RegistryReply.Failed) reply;
        metrics.forwardError(ForwardError.FAILED);
        return problem("failed", failed.detail(), backoff.next());
    }

    private Duration settle(List<QueuedEvent> batch, List<UUID> sent, RegistryReply.Answered answered) {
        ForwardPlan plan = ForwardPlan.of(sent, answered.response());
        List<DeadLetter> dead = new ArrayList<>();
        for (Map.Entry<UUID, String> r : plan.rejected().entrySet()) {
            QueuedEvent event = batch.get(sent.indexOf(r.getKey()));
            dead.add(new DeadLetter(r.getKey(), event.device(), r.getValue(), clock.instant()));
        }
        try {
            store.delete(plan.delete());
            store.deadLetter(dead);
        } catch (StoreException e) {
            // The registry has them; sending them again gets "duplicates", so nothing is lost or doubled.
            metrics.forwardError(ForwardError.STORE);
            return problem("settle", "the registry took " + plan.delete().size() + " check-ins but the store could "
                    + "not forget them: " + e.getMessage(), backoff.next());
        }
        metrics.forwarded(plan.delete().size());
        metrics.deadLettered(dead.size());
        for (DeadLetter d : dead) {
            LOG.warn("the registry rejected event {} of device {}: {}; kept as a dead letter", d.eventId(), d.device(),
                    d.reason());
        }
        if (!plan.unanswered().isEmpty()) {
            metrics.forwardError(ForwardError.UNANSWERED);
            return problem("unanswered", "the registry's answer did not mention " + plan.unanswered().size()
                    + " of the " + sent.size() + " check-ins sent (e.g. " + plan.unanswered().get(0) + "); they are kept and sent "
                    + "again", backoff.next());
        }
        if (lastProblem != null) {
            LOG.info("delivering to the registry again after {} failed attempts", backoff.failures());
            lastProblem = null;
        }
        backoff.reset();
        LOG.debug("the registry took {} check-ins ({} rejected)", plan.delete().size(), dead.size());
        return Duration.ZERO;
    }

    private Duration problem(String key, String what, Duration wait) {
        return problem(key, what, wait, false);
    }

    /** Logs a problem at WARN (ERROR for config problems) when it starts, at DEBUG while it goes on. */
    private Duration problem(String key, String what, Duration wait, boolean error) {
        boolean repeated = key.equals(lastProblem);
        lastProblem = key;
        String line = what + "; next attempt in " + wait.toMillis() + " ms";
        if (error && !repeated) {
            LOG.error(line);
        } else if (!repeated) {
            LOG.warn(line);
        } else {
            LOG.debug(line);
        }
        return wait;
    }
}
