package vn.qrgate.reader.adapter.mqtt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.topic.Topics;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.domain.StoredEvent;
import vn.qrgate.reader.port.DeviceReport;
import vn.qrgate.reader.port.Outbox;

/**
 * Moves the outbox to the broker, on one thread of its own: the only caller of {@link Outbox#takeStoredBatch},
 * {@link Outbox#acknowledge} and the requeues, so rows change state in one place and in order.
 *
 * <p>Each turn it applies the acks that arrived since the last turn in one transaction, handles refusals,
 * requeues what the gateway did not ack within the ack timeout, then fills the in-flight window with
 * batches, oldest rows first. A new session (every connect) first puts every unacked row back to pending,
 * so everything goes again oldest first. A refusal (PUBACK 0x80 or above) puts the rows back, raises
 * PUBLISH_REFUSED and pauses the drain with a growing backoff; the next accepted publish clears the alarm.
 * Other threads only post to it (wake, acks, outcomes, session changes) and never wait for it.
 */
final class DrainLoop implements Runnable {

    /** Hands messages to the MQTT client; the broker's answer comes back as {@link #published} or {@link #refused}. */
    interface Sender {
        /** False if the link is down: the batch's rows go again in the next session. */
        boolean send(long batch, String topic, byte[] payload);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DrainLoop.class);
    /** Acked rows are deleted once this many collected (or at the next tick), keeping each delete short. */
    static final int PURGE_EVERY_ROWS = 2_000;
    private static final Duration MIN_TICK = Duration.ofMillis(100);
    private static final Duration MAX_TICK = Duration.ofSeconds(5);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(1);

    private final MqttSettings settings;
    private final Outbox outbox;
    private final Sender sender;
    private final DeviceReport report;
    private final Clock clock;
    private final InFlightWindow window;
    private final Backoff refusalBackoff;
    private final long tickNanos;

    private final DrainInbox inbox = new DrainInbox();

    // Drain thread only.
    private boolean moreRows = true;
    private long pausedUntilNanos;
    private long lastTickNanos = System.nanoTime();
    private long ackedSincePurge;
    private boolean refusedAlarm;
    private long episodeEvents;
    private long episodeBatches;

    private final AtomicLong eventsPublished = new AtomicLong();
    private final AtomicLong eventsAcked = new AtomicLong();
    private final AtomicLong refusalCount = new AtomicLong();

    DrainLoop(MqttSettings settings, Outbox outbox, Sender sender, DeviceReport report, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.report = Objects.requireNonNull(report, "report");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = new InFlightWindow(settings.inFlight());
        this.refusalBackoff = new Backoff(settings.reconnectMin(), settings.reconnectMax());
        Duration tick = settings.ackTimeout().dividedBy(4);
        tick = tick.compareTo(MIN_TICK) < 0 ? MIN_TICK : tick.compareTo(MAX_TICK) > 0 ? MAX_TICK : tick;
        this.tickNanos = tick.toNanos();
    }

    // ---- posted by other threads; each returns at once ----

    void wake() {
        inbox.wake();
    }

    /** Connected and subscribed: everything unacked goes again. {@code capacity}: batches the broker lets us have in flight. */
    void sessionStarted(int capacity) {
        inbox.sessionStarted(Math.min(capacity, settings.inFlight()));
    }

    void sessionEnded() {
        inbox.sessionEnded();
    }

    void acked(List<UUID> eventIds) {
        inbox.acked(eventIds);
    }

    void published(long batch) {
        inbox.accepted();
    }

    void refused(long batch, int reasonCode) {
        inbox.refused(batch, reasonCode);
    }

    void stop() {
        inbox.stop();
    }

    int batchesInFlight() {
        return window.size();
    }

    long eventsPublished() {
        return eventsPublished.get();
    }

    long eventsAcked() {
        return eventsAcked.get();
    }

    long refusals() {
        return refusalCount.get();
    }

    // ---- the drain thread ----

    @Override
    public void run() {
        DrainInbox.Drain state = new DrainInbox.Drain() {
            @Override
            public boolean wantsToSend(boolean woken) {
                return (moreRows || woken) && window.hasRoom() && System.nanoTime() - pausedUntilNanos >= 0;
            }

            @Override
            public long nanosUntilDue(boolean connected) {
                long now = System.nanoTime();
                long due = tickNanos - (now - lastTickNanos);
                return connected && now - pausedUntilNanos < 0 ? Math.min(due, pausedUntilNanos - now) : due;
            }
        };
        while (true) {
            DrainInbox.Work work;
            try {
                work = inbox.take(state);
            } catch (InterruptedException e) {
                return;
            }
            if (work == null) {
                return;
            }
            try {
                turn(work);
            } catch (RuntimeException e) {
                // A disk error must not end delivery for good: what was not done is done again next turn.
                LOG.error("mqtt drain: {}; trying again in {} s", e.toString(), AFTER_FAILURE.toSeconds());
                inbox.ackedAgain(work.acks());
                moreRows = true;
                pausedUntilNanos = System.nanoTime() + AFTER_FAILURE.toNanos();
            }
        }
    }

    private void turn(DrainInbox.Work work) {
        if (work.woken()) {
            moreRows = true;
        }
        if (work.newSession()) {
            window.clear();
            window.resize(work.capacity());
            int again = outbox.requeueSentBefore(Instant.MAX);
            moreRows = true;
            // A refusal's pause outlasts the session: a broker that drops the link after refusing must not
            // get the same batch again at every reconnect.
            if (again > 0) {
                LOG.info("mqtt: new session; {} unacked events go again, oldest first", again);
            }
        }
        if (!work.acks().isEmpty()) {
            applyAcks(work.acks());
        }
        if (!work.refusals().isEmpty()) {
            handleRefusals(work.refusals());
        } else if (work.accepted() && refusedAlarm) {
            refusedAlarm = false;
            refusalBackoff.reset();
            report.clear(Alarm.PUBLISH_REFUSED);
            LOG.info("mqtt: the broker accepts check-ins again");
        }
        if (System.nanoTime() - lastTickNanos >= tickNanos) {
            tick();
        }
        if (work.connected()) {
            fill();
        }
    }

    private void applyAcks(List<UUID> ids) {
        int changed = outbox.acknowledge(ids);
        window.acked(ids);
        eventsAcked.addAndGet(changed);
        ackedSincePurge += changed;
        if (ackedSincePurge >= PURGE_EVERY_ROWS) {
            purge();
        }
        if (window.size() == 0 && !moreRows && episodeBatches > 0) {
            LOG.info("mqtt: outbox drained: {} events in {} batches, all acked", episodeEvents, episodeBatches);
            episodeEvents = 0;
            episodeBatches = 0;
        }
    }

    private void handleRefusals(List<DrainInbox.Refusal> refused) {
        int reason = 0;
        for (DrainInbox.Refusal r : refused) {
            window.drop(r.batch());
            reason = r.reasonCode();
        }
        refusalCount.addAndGet(refused.size());
        // The refused rows are "sent"; put every unacked row back so the drain resumes oldest first.
        window.clear();
        int back = outbox.requeueSentBefore(Instant.MAX);
        moreRows = true;
        Duration pause = refusalBackoff.next();
        pausedUntilNanos = System.nanoTime() + pause.toNanos();
        LOG.warn("mqtt: the broker refused {} batch(es) on {}: reason {}; {} events stay in the outbox, next try in {}"
                + " ms", refused.size(), Topics.checkins(settings.device()), ReasonCodes.describe(reason), back,
                pause.toMillis());
        if (!refusedAlarm) {
            refusedAlarm = true;
            report.raise(Alarm.PUBLISH_REFUSED);
        }
    }

    private void tick() {
        lastTickNanos = System.nanoTime();
        Instant cutoff = clock.instant().minus(settings.ackTimeout());
        int expired = window.expire(cutoff);
        int again = outbox.requeueSentBefore(cutoff);
        if (again > 0 || expired > 0) {
            moreRows = true;
            LOG.info("mqtt: {} events not acked within {} s go again", again, settings.ackTimeout().toSeconds());
        }
        if (ackedSincePurge > 0) {
            purge();
        }
    }

    private void purge() {
        outbox.purgeAcked();
        ackedSincePurge = 0;
    }

    private void fill() {
        while (moreRows && window.hasRoom() && System.nanoTime() - pausedUntilNanos >= 0) {
            if (!inbox.mayPublish()) {
                return;
            }
            Instant sentAt = clock.instant();
            List<StoredEvent> rows = outbox.takeStoredBatch(settings.batchSize(), settings.batchBytes());
            if (rows.isEmpty()) {
                moreRows = false;
                return;
            }
            if (!send(rows, sentAt)) {
                inbox.linkDown();
                return;
            }
        }
    }

    private boolean send(List<StoredEvent> rows, Instant sentAt) {
        for (BatchPayload.Part part : BatchPayload.build(settings.device(), rows)) {
            long batch = window.open(part.eventIds(), sentAt);
            if (!sender.send(batch, Topics.checkins(part.device()), part.payload())) {
                window.drop(batch);
                return false;
            }
            int events = part.eventIds().size();
            eventsPublished.addAndGet(events);
            episodeEvents += events;
            episodeBatches++;
            LOG.debug("mqtt: batch {} sent: {} events, {} bytes", batch, events, part.payload().length);
        }
        return true;
    }
}
