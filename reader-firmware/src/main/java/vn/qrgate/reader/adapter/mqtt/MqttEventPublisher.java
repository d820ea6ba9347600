package vn.qrgate.reader.adapter.mqtt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.topic.Topics;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.domain.PublisherStatus;
import vn.qrgate.reader.port.DeviceReport;
import vn.qrgate.reader.port.EventPublisher;
import vn.qrgate.reader.port.Outbox;
import vn.qrgate.reader.port.RemoteConfig;

/**
 * The reader's MQTT v5 publisher (DESIGN §4, §6): a {@link BrokerLink} that keeps the connection, a
 * {@link DrainLoop} that moves the outbox over it, and a timer for the retained status and the
 * BROKER_UNREACHABLE alarm. Acks go to the drain; pushed settings, deny list and trust list go to the
 * {@link RemoteConfig}, in arrival order on the timer's thread.
 *
 * <p>Threads: {@code qrgate-mqtt-link} (connect, reconnect), {@code qrgate-mqtt-drain} (outbox), {@code
 * qrgate-mqtt-timer} (status, alarms, pushed config), and Paho's own.
 */
public final class MqttEventPublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(MqttEventPublisher.class);
    private static final Duration ALARM_CHECK = Duration.ofSeconds(1);
    private static final Duration JOIN_WAIT = Duration.ofSeconds(5);

    private final MqttSettings settings;
    private final DeviceReport report;
    private final RemoteConfig remote;
    private final Clock clock;
    private final BrokerLink link;
    private final DrainLoop drain;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean statusQueued = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String ackTopic;
    private final String configTopic;
    private Thread drainThread;

    // Link state, for the alarm and status(); written under this.
    private volatile long downSinceNanos = System.nanoTime();
    private volatile Optional<Instant> since = Optional.empty();
    private boolean unreachableRaised;

    /**
     * Builds the client (TLS files are read here); nothing connects before {@link #start()}. Throws
     * MqttSetupException for TLS files that cannot be used. {@code clock} times ack timeouts: give it the
     * outbox's clock, which stamps rows as sent.
     */
    public MqttEventPublisher(MqttSettings settings, Outbox outbox, DeviceReport report, RemoteConfig remote,
                              Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.report = Objects.requireNonNull(report, "report");
        this.remote = Objects.requireNonNull(remote, "remote");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ackTopic = Topics.acks(settings.device());
        this.configTopic = Topics.config(settings.device());
        this.link = new BrokerLink(settings, new Events());
        this.drain = new DrainLoop(settings, outbox, link, report, clock);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "qrgate-mqtt-timer"));
    }

    public MqttSettings settings() {
        return settings;
    }

    @Override
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the publisher was started already");
        }
        downSinceNanos = System.nanoTime();
        drainThread = daemon(drain, "qrgate-mqtt-drain");
        drainThread.start();
        link.start();
        long every = settings.statusEvery().toMillis();
        timer.scheduleWithFixedDelay(this::publishStatus, every, every, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::checkUnreachable, ALARM_CHECK.toMillis(), ALARM_CHECK.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("mqtt: publishing to {} as {} (batches of up to {} events / {} bytes, {} in flight, ack timeout {} s)",
                settings.shownUri(), settings.device(), settings.batchSize(), settings.batchBytes(),
                settings.inFlight(), settings.ackTimeout().toSeconds());
    }

    @Override
    public void wake() {
        drain.wake();
    }

    @Override
    public void statusChanged() {
        if (!closed.get() && statusQueued.compareAndSet(false, true)) {
            later(() -> {
                statusQueued.set(false);
                publishStatus();
            });
        }
    }

    @Override
    public PublisherStatus status() {
        return new PublisherStatus(link.connected(), since, drain.batchesInFlight(), drain.eventsPublished(),
                drain.eventsAcked(), drain.refusals());
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        timer.shutdown();
        drain.stop();
        join(drainThread);
        link.close(DeviceJson.encode(DeviceStatus.offline()));
        try {
            // Lets a pushed list being saved finish its write; the periodic tasks are cancelled already.
            timer.awaitTermination(JOIN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
        PublisherStatus last = status();
        LOG.info("mqtt: publisher stopped ({} events published, {} acked)", last.eventsPublished(), last.eventsAcked());
    }

    private void publishStatus() {
        if (!link.connected()) {
            return;
        }
        try {
            link.publishRetained(Topics.status(settings.device()), DeviceJson.encode(report.onlineStatus()));
        } catch (RuntimeException e) {
            LOG.warn("mqtt: the status could not be built: {}", e.toString());
        }
    }

    private synchronized void checkUnreachable() {
        if (unreachableRaised || link.connected()) {
            return;
        }
        long down = System.nanoTime() - downSinceNanos;
        if (down >= settings.unreachableAlarmAfter().toNanos()) {
            unreachableRaised = true;
            LOG.warn("mqtt: no connection to {} for {} s", settings.shownUri(), Duration.ofNanos(down).toSeconds());
            report.raise(Alarm.BROKER_UNREACHABLE);
        }
    }

    private synchronized void onConnected() {
        if (unreachableRaised) {
            unreachableRaised = false;
            report.clear(Alarm.BROKER_UNREACHABLE);
        }
        publishStatus();
    }

    private void later(Runnable task) {
        try {
            timer.execute(task);
        } catch (RejectedExecutionException stopped) {
            // Closing: nothing more to report.
        }
    }

    /** What the link reports: quick hand-offs only, since the link holds its lock while it reports. */
    private final class Events implements BrokerLink.Listener {

        @Override
        public void connected(int receiveMaximum) {
            since = Optional.of(clock.instant());
            // Two of the broker's in-flight slots stay free for status messages.
            drain.sessionStarted(Math.max(1, receiveMaximum - 2));
            later(MqttEventPublisher.this::onConnected);
        }

        @Override
        public void disconnected() {
            downSinceNanos = System.nanoTime();
            since = Optional.of(clock.instant());
            drain.sessionEnded();
        }

        @Override
        public void message(String topic, byte[] payload) {
            if (topic.equals(ackTopic)) {
                try {
                    AckMessage ack = EventJson.decodeAck(payload);
                    drain.acked(ack.ids());
                } catch (IllegalArgumentException e) {
                    LOG.warn("mqtt: ack on {} ignored: {}", topic, e.getMessage());
                }
                return;
            }
            if (payload.length == 0) {
                LOG.debug("mqtt: empty message on {} (a retained message was cleared); nothing to apply", topic);
                return;
            }
            if (topic.equals(configTopic)) {
                later(() -> remote.applySettings(payload));
            } else if (topic.equals(Topics.DENYLIST)) {
                later(() -> {
                    remote.applyDenyList(payload);
                    statusChanged();
                });
            } else if (topic.equals(Topics.TRUST)) {
                later(() -> {
                    remote.applyTrustList(payload);
                    statusChanged();
                });
            } else if (topic.equals(Topics.REVOCATIONS)) {
                later(() -> remote.applyRevocations(payload));
            } else {
                LOG.debug("mqtt: message on unexpected topic {} ignored", topic);
            }
        }

        @Override
        public void published(long batch) {
            drain.published(batch);
        }

        @Override
        public void refused(long batch, int reasonCode) {
            drain.refused(batch, reasonCode);
        }
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(JOIN_WAIT.toMillis());
            if (thread.isAlive()) {
                LOG.warn("mqtt: {} still running after {} s", thread.getName(), JOIN_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
