package vn.qrgate.reader.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.port.EventPublisher;

/**
 * A running reader: the agent plus what it was built from that needs a timer or closing (the GPIO
 * context, the direction input). Closing stops inputs first and leaves the gate shut.
 */
public final class ReaderAssembly implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderAssembly.class);
    static final long HOUSEKEEPING_SECONDS = 5;
    /** Three missed rounds: the watchdog's health check then fails and systemd restarts the reader. */
    static final long HOUSEKEEPING_STALE_SECONDS = 3 * HOUSEKEEPING_SECONDS;

    private final ReaderAgent agent;
    private final List<AutoCloseable> afterAgent;
    private final List<BooleanSupplier> inputsConnected;
    private final Runnable outboxHousekeeping;
    private final Optional<EventPublisher> publisher;
    private ScheduledExecutorService timer;
    private LongSupplier nanoTime = System::nanoTime;
    private volatile long lastHousekeepingNanos = nanoTime.getAsLong();
    private volatile String lastHousekeepingFailure;

    ReaderAssembly(ReaderAgent agent, List<AutoCloseable> afterAgent, List<BooleanSupplier> inputsConnected,
                   Runnable outboxHousekeeping) {
        this(agent, afterAgent, inputsConnected, outboxHousekeeping, Optional.empty());
    }

    ReaderAssembly(ReaderAgent agent, List<AutoCloseable> afterAgent, List<BooleanSupplier> inputsConnected,
                   Runnable outboxHousekeeping, Optional<EventPublisher> publisher) {
        this.agent = agent;
        this.afterAgent = new ArrayList<>(afterAgent);
        this.inputsConnected = List.copyOf(inputsConnected);
        this.outboxHousekeeping = outboxHousekeeping;
        this.publisher = publisher;
    }

    public ReaderAgent agent() {
        return agent;
    }

    /** The MQTT publisher, when the config has an {@code mqtt} section. */
    public Optional<EventPublisher> publisher() {
        return publisher;
    }

    /**
     * Starts the inputs, the publisher (if any) and the housekeeping timer (alarms, lost inputs, purging
     * acked rows).
     */
    public void start() {
        lastHousekeepingNanos = nanoTime.getAsLong();
        agent.start();
        publisher.ifPresent(EventPublisher::start);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "qrgate-housekeeping");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::housekeeping, HOUSEKEEPING_SECONDS, HOUSEKEEPING_SECONDS, TimeUnit.SECONDS);
    }

    void housekeeping() {
        try {
            boolean allConnected = inputsConnected.stream().allMatch(BooleanSupplier::getAsBoolean);
            if (allConnected) {
                agent.clear(Alarm.INPUT_LOST);
            } else {
                agent.raise(Alarm.INPUT_LOST);
            }
            outboxHousekeeping.run();
            agent.refreshAlarms();
            lastHousekeepingFailure = null;
            lastHousekeepingNanos = nanoTime.getAsLong();
        } catch (RuntimeException e) {
            lastHousekeepingFailure = e.getClass().getSimpleName();
            LOG.warn("housekeeping failed: {}", e.toString());
        }
    }

    /** Tests: a clock for staleness, so they need not wait. */
    void nanoClock(LongSupplier clock) {
        nanoTime = clock;
        lastHousekeepingNanos = clock.getAsLong();
    }

    /**
     * Why the reader is not working, or empty: the systemd watchdog pings only while this is empty.
     * Housekeeping is the probe: it writes to the outbox (purging acked rows), reads its fill level and takes
     * the agent's lock, which a scan holds from decision to gate signal. So a stuck or broken outbox, a hung
     * scan and a dead timer all show as housekeeping that has not succeeded for a while. A full outbox does
     * not: it is an alarm on the gate's lights, and restarting would not empty it.
     */
    public Optional<String> problem() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(nanoTime.getAsLong() - lastHousekeepingNanos);
        if (seconds < HOUSEKEEPING_STALE_SECONDS) {
            return Optional.empty();
        }
        String failure = lastHousekeepingFailure;
        return Optional.of(failure == null
                ? "housekeeping has not run for " + seconds + " s: a scan or the outbox is stuck"
                : "housekeeping failing for " + seconds + " s (" + failure + "): the outbox does not answer");
    }

    /**
     * The publisher first (it says goodbye and stops using the outbox; unacked rows stay), then inputs,
     * gate and outbox.
     */
    @Override
    public void close() {
        publisher.ifPresent(p -> {
            try {
                p.close();
            } catch (RuntimeException e) {
                LOG.warn("closing the publisher failed: {}", e.toString());
            }
        });
        if (timer != null) {
            timer.shutdownNow();
        }
        agent.close();
        for (AutoCloseable c : afterAgent) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
