package vn.qrgate.registry.app;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import vn.qrgate.registry.adapter.http.AccountsEndpoint;
import vn.qrgate.registry.adapter.http.ApiMetrics;
import vn.qrgate.registry.adapter.http.AreasEndpoint;
import vn.qrgate.registry.adapter.http.DevicesEndpoint;
import vn.qrgate.registry.adapter.http.GatewaysEndpoint;
import vn.qrgate.registry.adapter.http.Guard;
import vn.qrgate.registry.adapter.http.LoginEndpoint;
import vn.qrgate.registry.adapter.http.StaffEndpoint;
import vn.qrgate.registry.adapter.http.VenuesEndpoint;
import vn.qrgate.registry.adapter.keys.KeyFiles;
import vn.qrgate.registry.adapter.pdf.PdfBoxCardRenderer;
import vn.qrgate.registry.adapter.pdf.PdfBoxPosterRenderer;
import vn.qrgate.registry.adapter.sms.LogSmsSender;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.GatewayAccess;
import vn.qrgate.registry.domain.people.LoginCodes;
import vn.qrgate.registry.domain.people.LoginLimits;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.CardIssuance;
import vn.qrgate.registry.port.CardStore;
import vn.qrgate.registry.port.SigningKeyStore;
import vn.qrgate.registry.port.SmsSender;
import vn.qrgate.registry.adapter.http.ApiModule;
import vn.qrgate.registry.adapter.http.AuditEndpoint;
import vn.qrgate.registry.adapter.http.CheckinsEndpoint;
import vn.qrgate.registry.adapter.http.CardBatchesEndpoint;
import vn.qrgate.registry.adapter.http.CardsEndpoint;
import vn.qrgate.registry.adapter.http.ConsoleModule;
import vn.qrgate.registry.adapter.http.IssuerLabels;
import vn.qrgate.registry.adapter.http.TrustEndpoint;
import vn.qrgate.registry.adapter.http.HttpApi;
import vn.qrgate.registry.adapter.http.IngestEndpoint;
import vn.qrgate.registry.adapter.http.LiveEndpoint;
import vn.qrgate.registry.adapter.http.SelfCheckinEndpoint;
import vn.qrgate.registry.adapter.http.StatsEndpoint;
import vn.qrgate.registry.adapter.http.TraceEndpoint;
import vn.qrgate.registry.adapter.jdbc.JdbcLiveStore;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.domain.ClientRateLimit;
import vn.qrgate.registry.domain.Venue;
import vn.qrgate.registry.port.Authenticator;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.port.KnownVenues;
import vn.qrgate.registry.port.LiveVenues;

/**
 * A running registry: store, HTTP API and retention sweeps, started from a config. What the CLI,
 * the demo and other modules' integration tests start; {@link #close} stops it cleanly.
 */
public final class RegistryServer implements AutoCloseable {

    /** How often old check-ins are looked for; the first sweep runs at start. */
    public static final Duration SWEEP_INTERVAL = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(RegistryServer.class);

    private final JdbcStores stores;
    private final InProcessCheckinFeed feed;
    private final HttpApi http;
    private final ScheduledExecutorService sweeps;
    private final URI baseUri;
    private boolean closed;

    private RegistryServer(JdbcStores stores, InProcessCheckinFeed feed, HttpApi http, ScheduledExecutorService sweeps,
            URI baseUri) {
        this.stores = stores;
        this.feed = feed;
        this.http = http;
        this.sweeps = sweeps;
        this.baseUri = baseUri;
    }

    public static RegistryServer start(RegistryConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * Opens the store (creating or migrating its schema), starts listening and schedules the
     * retention sweeps. Returns when the port is bound. Throws {@link StartupException} when the store
     * cannot be opened or the port cannot be bound; nothing is left running then.
     */
    public static RegistryServer start(RegistryConfig config, Clock clock) {
        return start(config, clock, new LogSmsSender());
    }

    /** As {@link #start(RegistryConfig, Clock)}, with login codes sent by {@code sms}. */
    public static RegistryServer start(RegistryConfig config, Clock clock, SmsSender sms) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sms, "sms");
        JdbcStores stores;
        try {
            stores = JdbcStores.open(config.store(), clock);
        } catch (RuntimeException e) {
            throw new StartupException(e.getMessage(), e);
        }
        // Ingest and self check-in both store through this one, so the live lists see every new check-in.
        InProcessCheckinFeed feed = new InProcessCheckinFeed(Defaults.LIVE_QUEUE_CAPACITY);
        CheckinStore store = new PublishingCheckinStore(stores.checkins(), feed);
        JdbcLiveStore live = stores.live();
        LiveVenues liveVenues = new ConfiguredAndRegisteredVenues(config.venues(), stores.venues());
        PrometheusMeterRegistry meters = meters();
        Set<String> configVenues = config.venues().stream().map(Venue::id).collect(Collectors.toUnmodifiableSet());
        KnownVenues venues = new RegisteredVenues(configVenues, stores.venues());
        AccountStore accounts = stores.accounts();
        CardStore cards = stores.cards();
        Authenticator authenticator = new AccountAuthenticator(config.credentials(), accounts, clock,
                cards::holdsActiveCard);
        AtomicReference<URI> ownUri = new AtomicReference<>();
        List<ApiModule> modules = new ArrayList<>(List.of(
                new IngestEndpoint(store, authenticator, venues, config.maxBatch(), clock, new ApiMetrics(meters)),
                new CheckinsEndpoint(store, authenticator, venues),
                new TraceEndpoint(stores.traces(), stores.auditLog(), authenticator, venues, config.tracingDwell(), clock),
                new AuditEndpoint(stores.auditLog(), authenticator),
                new LiveEndpoint(new LiveEndpoint.Sources(liveVenues, store, live, feed, stores.auditLog(), authenticator),
                        new LiveEndpoint.Settings(clock, Defaults.LOCAL_ZONE, Defaults.LIVE_SNAPSHOT_SIZE,
                                Defaults.LIVE_HEARTBEAT)),
                new SelfCheckinEndpoint(liveVenues, store, live, new ClientRateLimit(Defaults.SELF_CHECKINS_PER_WINDOW,
                        Defaults.SELF_CHECKIN_WINDOW, clock), clock, Defaults.LOCAL_ZONE),
                new ConsoleModule(),
                new StatsEndpoint(stores.stats(), stores.areas(), authenticator, clock)));
        modules.addAll(people(config, clock, sms, stores, authenticator,
                () -> config.http().publicUrl().orElseGet(ownUri::get)));
        HttpApi http;
        try {
            http = HttpApi.start(new HttpApi.Settings(config.http().host(), config.http().port(), config.maxBatch()),
                    modules, store::ping, meters);
        } catch (RuntimeException e) {
            stores.close();
            throw new StartupException("cannot listen on " + config.http().host() + ":" + config.http().port() + ": "
                    + rootMessage(e) + "; is another program using the port? (http.port: 0 picks a free one)", e);
        }
        RetentionSweeper sweeper = new RetentionSweeper(store, stores.stats(), config.retention(), clock, meters);
        ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "qrgate-retention");
            t.setDaemon(true);
            return t;
        });
        sweeps.scheduleWithFixedDelay(sweeper::sweep, 0, SWEEP_INTERVAL.toSeconds(), TimeUnit.SECONDS);
        URI baseUri = URI.create("http://" + clientHost(config.http().host()) + ":" + http.port());
        ownUri.set(baseUri);
        LOG.info("registry listening on {} (store: {}; {} venues, {} gateways, {} accounts)", baseUri, stores.describe(),
                config.venues().size(), config.gateways().size(), config.accounts().size());
        return new RegistryServer(stores, feed, http, sweeps, baseUri);
    }

    /** Login, venues, staff, devices, gateways and accounts. */
    private static List<ApiModule> people(RegistryConfig config, Clock clock, SmsSender sms, JdbcStores stores,
            Authenticator authenticator, Supplier<URI> publicUrl) {
        SecureRandom random = new SecureRandom();
        SigningKeyStore keys = KeyFiles.store(config.signing(), System.getenv());
        CardIssuance issuing = new CardIssuing(stores.cards(), keys, clock);
        PdfBoxCardRenderer renderer = new PdfBoxCardRenderer();
        IssuerLabels labels = new IssuerLabels(stores.cards(), stores.areas(), config.signing().issuerName());
        CardBatchJobs batches = new CardBatchJobs(issuing, renderer, clock);
        AccountStore accounts = stores.accounts();
        CardStore cards = stores.cards();
        Guard guard = new Guard(authenticator, accounts, stores.areas(), stores.venues());
        LoginCodes codes = new LoginCodes(new LoginLimits(Defaults.LOGIN_CODE_LIFETIME, Defaults.LOGIN_CODE_WRONG_TRIES,
                Defaults.LOGIN_CODE_MIN_GAP, Defaults.LOGIN_CODES_PER_HOUR), clock, random);
        Set<String> configGateways = config.gateways().stream().map(GatewayAccess::id).collect(Collectors.toSet());
        return List.of(
                new LoginEndpoint(guard, codes, accounts, stores.areas(), stores.venues(), sms, Defaults.SESSION_LIFETIME,
                        clock, random, cards::holdsActiveCard),
                new AreasEndpoint(guard, stores.areas(), stores.directory()),
                new VenuesEndpoint(guard, stores.venues(), stores.areas(), stores.directory(), accounts,
                        new PdfBoxPosterRenderer(), publicUrl),
                new StaffEndpoint(guard, accounts),
                new DevicesEndpoint(guard, stores.venues(), stores.directory()),
                new GatewaysEndpoint(guard, accounts, configGateways, random),
                new AccountsEndpoint(guard, accounts, stores.areas()),
                new CardsEndpoint(new CardsEndpoint.Sources(guard, issuing, cards, accounts, stores.auditLog(),
                        renderer, labels), clock),
                new CardBatchesEndpoint(guard, batches, labels, stores.auditLog(), clock),
                new TrustEndpoint(authenticator, new GateListsFromStore(keys, cards, clock)));
    }

    public int port() {
        return http.port();
    }

    /** Whether the store answers, as {@code /health} asks it: the systemd watchdog's health check. */
    public boolean storeAnswers() {
        try {
            stores.checkins().ping();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Where a client on this machine reaches the API, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Stops taking requests, then stops the sweeps and closes the store. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            feed.close();
            http.close();
        } finally {
            sweeps.shutdownNow();
            stores.close();
        }
        LOG.info("registry stopped");
    }

    private static PrometheusMeterRegistry meters() {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        return meters;
    }

    /** A wildcard address is not something to connect to; the loopback address of the same family is. */
    private static String clientHost(String host) {
        if (host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        if (host.equals("::") || host.equals("[::]")) {
            return "[::1]";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
