package vn.qrgate.gateway.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.domain.BatchVerdict;
import vn.qrgate.gateway.domain.InsertResult;
import vn.qrgate.gateway.domain.KnownDevices;
import vn.qrgate.gateway.domain.RefusalReason;
import vn.qrgate.gateway.port.AckSender;
import vn.qrgate.gateway.port.EventStore;
import vn.qrgate.gateway.port.PublishException;
import vn.qrgate.gateway.port.StoreException;
import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;

/**
 * Check-in messages from MQTT to the store and back as acks (DESIGN §6.3), in two stages:
 *
 * <ol>
 *   <li>{@link #accept} hands each message from the MQTT callback thread to a few decoder threads, which decode
 *       and judge it (schema, device known, venue); a refused one is counted and confirmed to the broker
 *       without an ack, an accepted one is queued for the committer;</li>
 *   <li>the committer thread takes every batch waiting (group commit), inserts all their events if absent in
 *       one transaction, and only after the commit hands each batch's ack (all its ids, new and duplicate) to
 *       MQTT and then confirms the message to the broker.</li>
 * </ol>
 *
 * A gateway killed before the commit acks nothing: the devices send the events again after their ack timeout
 * (and with a kept MQTT session the broker redelivers the unconfirmed messages too). Killed between commit and
 * ack, the resent events are duplicates: acked, not stored twice.
 */
public final class CheckinIngest implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CheckinIngest.class);
    /**
     * The largest check-in message read: a reader's batches are at most 16 MiB ({@code mqtt.batchBytes}); anything
     * bigger is refused unread, so one bad client cannot make the gateway build a huge tree in memory.
     */
    static final int MAX_PAYLOAD_BYTES = 17 << 20;
    /** Decoding is the CPU-heavy part of ingest: spread it over the cores (a Pi has four). */
    static final int DECODERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** A group commit stops taking batches once it holds this many events. */
    static final int MAX_GROUP_EVENTS = 5_000;
    private static final long[] STORE_RETRY_MILLIS = {50, 200, 800};

    private record Pending(CheckinBatch batch, Runnable complete) {
    }

    /** Put in the queue by {@link #close()}: the committer finishes what it holds and stops there. */
    private static final Pending STOP = new Pending(null, () -> { });

    private final KnownDevices devices;
    private final EventStore store;
    private final AckSender acks;
    private final GatewayMetrics metrics;
    private final Runnable onStored;
    private final Clock clock;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread committer;
    private final ExecutorService decoders;
    private volatile boolean running = true;
    private volatile long lastCommitNanos = System.nanoTime() - Duration.ofDays(1).toNanos();

    public CheckinIngest(KnownDevices devices, EventStore store, AckSender acks, GatewayMetrics metrics,
            Runnable onStored, Clock clock) {
        this.devices = devices;
        this.store = store;
        this.acks = acks;
        this.metrics = metrics;
        this.onStored = onStored;
        this.clock = clock;
        this.committer = new Thread(this::commitLoop, "qrgate-ingest");
        AtomicInteger n = new AtomicInteger();
        // Unbounded, but never long: the broker sends at most its receive maximum of unconfirmed messages.
        this.decoders = Executors.newFixedThreadPool(DECODERS, r -> {
            Thread t = new Thread(r, "qrgate-decode-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        committer.start();
    }

    /**
     * A message from a device's check-ins topic; {@code complete} confirms it to the broker. Returns at once
     * (decoding happens on the decoder threads) and never throws.
     */
    public void accept(DeviceId topicDevice, byte[] payload, Runnable complete) {
        if (!running) {
            return; // stopping: left unconfirmed, the device (or the broker) sends it again
        }
        try {
            decoders.execute(() -> {
                try {
                    judge(topicDevice, payload, complete);
                } catch (RuntimeException e) {
                    LOG.error("unexpected failure judging a message from device {}: {}", topicDevice, e.toString(), e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // the same
        }
    }

    private void judge(DeviceId topicDevice, byte[] payload, Runnable complete) {
        BatchVerdict verdict;
        try {
            if (payload.length > MAX_PAYLOAD_BYTES) {
                throw new IllegalArgumentException("$ is " + payload.length + " bytes, more than the "
                        + MAX_PAYLOAD_BYTES + " a check-in message may have");
            }
            verdict = devices.judge(topicDevice, EventJson.decodeCheckinBatch(payload));
        } catch (IllegalArgumentException e) {
            // EventCodecException and InvalidEventException name the path and rule, never a person's data.
            verdict = new BatchVerdict.Refuse(RefusalReason.MALFORMED, 1, "message from device " + topicDevice
                    + " is not a check-in batch: " + e.getMessage());
        }
        if (verdict instanceof BatchVerdict.Refuse refuse) {
            metrics.refused(refuse.reason(), refuse.events());
            LOG.warn("refused ({}): {}; not acked", refuse.reason().label(), refuse.detail());
            complete.run();
            return;
        }
        if (!running) {
            return; // stopping: left unconfirmed, the device (or the broker) sends it again
        }
        queue.add(new Pending(((BatchVerdict.Accept) verdict).batch(), complete));
    }

    /** Batches accepted and not yet committed. */
    public int waiting() {
        return queue.size();
    }

    /** Devices are sending: batches are waiting, or one was committed in the last {@code recent}. */
    public boolean busy(Duration recent) {
        return !queue.isEmpty() || System.nanoTime() - lastCommitNanos < recent.toNanos();
    }

    /** Finishes the commit in progress (and its acks); batches still waiting are left unconfirmed. */
    @Override
    public void close() {
        running = false;
        decoders.shutdownNow();
        try {
            decoders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.add(STOP);
        try {
            committer.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.remove(STOP);
        if (!queue.isEmpty()) {
            LOG.info("{} check-in messages not committed at stop; their devices send them again", queue.size());
            queue.clear();
        }
    }

    private void commitLoop() {
        List<Pending> group = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            Pending first;
            try {
                first = queue.take();
            } catch (InterruptedException e) {
                break;
            }
            if (first == STOP) {
                break;
            }
            group.clear();
            group.add(first);
            int events = first.batch().events().size();
            while (events < MAX_GROUP_EVENTS) {
                Pending next = queue.poll();
                if (next == null) {
                    break;
                }
                if (next == STOP) {
                    stop = true;
                    break;
                }
                group.add(next);
                events += next.batch().events().size();
            }
            try {
                commit(group, events);
            } catch (RuntimeException e) {
                // Never let the committer die: those messages stay unconfirmed and the devices resend them.
                LOG.error("unexpected failure committing {} check-in messages: {}", group.size(), e.toString(), e);
            }
        }
    }

    private void commit(List<Pending> group, int eventCount) {
        List<Event> all = new ArrayList<>(eventCount);
        for (Pending p : group) {
            all.addAll(p.batch().events());
        }
        InsertResult result = insertWithRetry(all);
        if (result == null) {
            metrics.storeError();
            for (Pending p : group) {
                // Confirmed without an ack: the device keeps the events and sends them again after its ack timeout.
                p.complete().run();
            }
            return;
        }
        lastCommitNanos = System.nanoTime();
        metrics.ingested(result.inserted().size());
        metrics.duplicates(result.duplicates().size());
        if (!result.inserted().isEmpty()) {
            onStored.run();
        }
        for (Pending p : group) {
            CheckinBatch batch = p.batch();
            List<UUID> ids = new ArrayList<>(batch.events().size());
            for (Event e : batch.events()) {
                ids.add(e.eventId());
            }
            try {
                acks.sendAck(batch.device(), new AckMessage(ids));
                p.complete().run();
            } catch (PublishException e) {
                // Not confirmed either: the connection is gone. The device sends the events again after its ack
                // timeout (or the broker redelivers, with a kept session); they are acked as duplicates then.
                LOG.warn("{} events of device {} are stored but their ack could not be sent: {}", ids.size(),
                        batch.device(), e.getMessage());
            }
        }
        LOG.debug("committed {} events from {} messages ({} new)", eventCount, group.size(), result.inserted().size());
    }

    private InsertResult insertWithRetry(List<Event> events) {
        for (int attempt = 0; ; attempt++) {
            try {
                return store.insertIfAbsent(events, clock.instant());
            } catch (StoreException e) {
                if (attempt >= STORE_RETRY_MILLIS.length) {
                    LOG.error("could not store {} check-ins after {} attempts; not acked, the devices send them "
                            + "again: {}", events.size(), attempt + 1, e.getMessage());
                    return null;
                }
                LOG.warn("storing {} check-ins failed, trying again: {}", events.size(), e.getMessage());
                try {
                    Thread.sleep(STORE_RETRY_MILLIS[attempt]);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }
}
