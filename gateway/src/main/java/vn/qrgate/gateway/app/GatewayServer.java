package vn.qrgate.gateway.app;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.adapter.http.HttpRegistryClient;
import vn.qrgate.gateway.adapter.http.HttpTrustDocuments;
import vn.qrgate.gateway.adapter.http.StatusServer;
import vn.qrgate.gateway.adapter.jdbc.JdbcStore;
import vn.qrgate.gateway.adapter.mqtt.MqttGatewayClient;
import vn.qrgate.gateway.config.DeviceEntry;
import vn.qrgate.gateway.config.GatewayConfig;
import vn.qrgate.gateway.domain.Health;
import vn.qrgate.gateway.domain.KnownDevices;
import vn.qrgate.gateway.port.InboundMessages;
import vn.qrgate.gateway.port.StoreException;
import vn.qrgate.protocol.event.DeviceId;

/**
 * The gateway, wired and running: MQTT in, durable store, acks out, forwarder to the registry, device table,
 * retained pushes, {@code /health} and {@code /metrics}. The one place that knows every adapter.
 *
 * <pre>{@code
 * try (GatewayServer gateway = GatewayServer.start(config)) {   // returns once subscribed and serving HTTP
 *     int port = gateway.httpPort();
 * }                                                             // clean stop
 * }</pre>
 */
public final class GatewayServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
    /** How long {@link #start(GatewayConfig)} waits for the broker before giving up. */
    public static final Duration DEFAULT_BROKER_WAIT = Duration.ofSeconds(30);
    static final Duration RETENTION_EVERY = Duration.ofHours(1);

    private final GatewayConfig config;
    private final Clock clock;
    private final JdbcStore store;
    private final PrometheusMeterRegistry meters;
    private final GatewayMetrics metrics;
    private final Forwarder forwarder;
    private final MqttGatewayClient mqtt;
    private final CheckinIngest ingest;
    private final DeviceStatuses statuses;
    private final PushService push;
    /** Empty when the trust list comes from push.trust or fetching is off. */
    private final Optional<TrustPoller> trust;
    private final ScheduledExecutorService jobs;
    private final AtomicBoolean closed = new AtomicBoolean();
    private StatusServer http;

    private GatewayServer(GatewayConfig config, Clock clock, JdbcStore store) {
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.metrics = new GatewayMetrics(meters);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        metrics.gauges(store::backlog, () -> store.countOnline(clock.instant().minus(config.offlineAfter())));
        this.forwarder = new Forwarder(store, new HttpRegistryClient(config.registry(), clock), config.registry(),
                metrics, clock, () -> ThreadLocalRandom.current().nextDouble());
        Map<DeviceId, String> venues = new LinkedHashMap<>();
        for (DeviceEntry d : config.devices()) {
            venues.put(d.id(), d.venue());
        }
        KnownDevices known = new KnownDevices(venues);
        this.mqtt = new MqttGatewayClient(config.mqtt(), config.mqttClientId(), new Inbound());
        this.ingest = new CheckinIngest(known, store, mqtt, metrics, forwarder::wake, clock);
        forwarder.yieldWhile(() -> ingest.busy(Forwarder.YIELD_TO_INGEST));
        this.statuses = new DeviceStatuses(store, known, metrics, clock);
        this.push = new PushService(config.push(), mqtt, store, mqtt::connected);
        // A push.trust file wins over the registry (ConfigReader turns fetching off or refuses both written).
        this.trust = config.registry().pollsTrust() && config.push().trust().isEmpty()
                ? Optional.of(new TrustPoller(new HttpTrustDocuments(config.registry()), mqtt, clock))
                : Optional.empty();
        trust.ifPresent(t -> metrics.trustFetchAge(t::sinceLastFetch));
        // Two threads: a long retention pass must not hold up the pushes after a reconnection.
        this.jobs = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "qrgate-gateway-jobs");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts and returns once subscribed to the broker and serving HTTP (at most {@link #DEFAULT_BROKER_WAIT}). */
    public static GatewayServer start(GatewayConfig config) {
        return start(config, Clock.systemUTC(), DEFAULT_BROKER_WAIT);
    }

    /**
     * Starts with {@code clock} for every time the gateway records; waits up to {@code brokerWait} for the first
     * subscription ({@code Duration.ZERO}: not at all, the gateway keeps connecting in the background).
     *
     * @throws GatewayStartException when the store cannot be opened, the HTTP port not bound, or the broker not
     *         reached in time
     */
    public static GatewayServer start(GatewayConfig config, Clock clock, Duration brokerWait) {
        JdbcStore store;
        try {
            store = JdbcStore.open(config.store());
        } catch (StoreException | IllegalArgumentException e) {
            throw new GatewayStartException("cannot open the store " + config.store().describe() + ": "
                    + e.getMessage(), e);
        }
        GatewayServer server;
        try {
            server = new GatewayServer(config, clock, store);
        } catch (RuntimeException e) {
            store.close();
            throw new GatewayStartException("cannot set up the gateway: " + e.getMessage(), e);
        }
        try {
            server.run(brokerWait);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e instanceof GatewayStartException ? e : new GatewayStartException(e.getMessage(), e);
        }
    }

    private void run(Duration brokerWait) {
        try {
            http = StatusServer.start(config.http(), this::health, meters::scrape);
        } catch (RuntimeException e) {
            throw new GatewayStartException("cannot serve /health and /metrics on " + config.http().host() + ":"
                    + config.http().port() + ": " + rootMessage(e), e);
        }
        ingest.start();
        forwarder.start();
        jobs.scheduleWithFixedDelay(new RetentionJob(store, config.retention(), metrics, clock), 0,
                RETENTION_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        long every = config.push().checkEvery().toMillis();
        jobs.scheduleWithFixedDelay(push::checkFiles, every, every, TimeUnit.MILLISECONDS);
        trust.ifPresent(t -> {
            long poll = config.registry().trustPollInterval().toMillis();
            // The first fetch comes with the first connection (Inbound.connected).
            jobs.scheduleWithFixedDelay(t::poll, poll, poll, TimeUnit.MILLISECONDS);
        });
        mqtt.start();
        LOG.info("gateway {} running: store {}, {} devices, /health and /metrics on {}:{}, registry {}",
                config.gatewayId(), config.store().describe(), config.devices().size(), config.http().host(),
                http.port(), config.registry().checkinsUri());
        if (brokerWait.isZero()) {
            return;
        }
        try {
            if (!mqtt.awaitSubscribed(brokerWait)) {
                throw new GatewayStartException("could not connect and subscribe to the broker " + config.mqtt().uri()
                        + " within " + brokerWait.toSeconds() + " s (see the log for why)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayStartException("interrupted while waiting for the broker", e);
        }
    }

    public int httpPort() {
        return http.port();
    }

    public boolean mqttConnected() {
        return mqtt.connected();
    }

    public Health health() {
        boolean storeOk;
        long backlog = -1;
        try {
            store.check();
            backlog = store.backlog();
            storeOk = true;
        } catch (StoreException e) {
            storeOk = false;
        }
        return new Health(mqtt.connected(), storeOk, backlog);
    }

    /** What {@code /metrics} serves. */
    public String metricsText() {
        return meters.scrape();
    }

    public GatewayConfig config() {
        return config;
    }

    /**
     * Stops cleanly: the commit in progress is finished and its acks handed to the broker, then the MQTT
     * connection is closed (messages not yet committed are sent again by their devices), the forwarder stops
     * after its current request, and the store is closed. Safe to call more than once.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("gateway {} stopping", config.gatewayId());
        ingest.close();
        mqtt.close();
        forwarder.close();
        jobs.shutdownNow();
        if (http != null) {
            http.close();
        }
        store.close();
        meters.close();
        LOG.info("gateway {} stopped", config.gatewayId());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** What MQTT delivers, to the parts that handle it. */
    private final class Inbound implements InboundMessages {

        @Override
        public void checkins(DeviceId device, byte[] payload, Runnable complete) {
            ingest.accept(device, payload, complete);
        }

        @Override
        public void status(DeviceId device, byte[] payload, boolean retained) {
            statuses.record(device, payload, retained);
        }

        @Override
        public void connected() {
            try {
                jobs.execute(push::publishAll);
                trust.ifPresent(t -> jobs.execute(t::connected));
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // closing
            }
        }
    }
}
