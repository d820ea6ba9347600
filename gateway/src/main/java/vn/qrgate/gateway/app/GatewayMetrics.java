package vn.qrgate.gateway.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import vn.qrgate.gateway.domain.RefusalReason;

/**
 * The gateway's meters, as Prometheus sees them: {@code qrgate_gateway_ingested_events_total},
 * {@code _duplicate_events_total}, {@code _refused_events_total{reason}}, {@code _forwarded_events_total},
 * {@code _dead_lettered_events_total}, {@code _forward_errors_total{kind}}, {@code _registry_backlog},
 * {@code _devices_online}, {@code _trust_fetch_age_seconds}, and a few for trouble (store errors, unreadable statuses, expired events). Labels
 * are small fixed sets; they never carry device ids or anything about people.
 */
public final class GatewayMetrics {

    /** The values of {@code kind} on forward errors. */
    public enum ForwardError {
        BUSY, REFUSED, UNAUTHORIZED, FAILED, UNANSWERED, STORE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final Counter ingested;
    private final Counter duplicates;
    private final Map<RefusalReason, Counter> refused = new EnumMap<>(RefusalReason.class);
    private final Counter forwarded;
    private final Counter deadLettered;
    private final Map<ForwardError, Counter> forwardErrors = new ConcurrentHashMap<>();
    private final Counter storeErrors;
    private final Counter badStatus;
    private final Counter expired;

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
        ingested = Counter.builder("qrgate.gateway.ingested.events")
                .description("Check-in events stored for the first time").register(registry);
        duplicates = Counter.builder("qrgate.gateway.duplicate.events")
                .description("Check-in events received again (already stored); acked, not stored twice")
                .register(registry);
        for (RefusalReason reason : RefusalReason.values()) {
            refused.put(reason, Counter.builder("qrgate.gateway.refused.events").tag("reason", reason.label())
                    .description("Check-in events refused (not stored, not acked)").register(registry));
        }
        forwarded = Counter.builder("qrgate.gateway.forwarded.events")
                .description("Events the registry took (accepted or duplicates) and the gateway deleted")
                .register(registry);
        deadLettered = Counter.builder("qrgate.gateway.dead.lettered.events")
                .description("Events the registry rejected, set aside with its reason").register(registry);
        for (ForwardError kind : ForwardError.values()) {
            forwardErrors.put(kind, Counter.builder("qrgate.gateway.forward.errors").tag("kind", kind.label())
                    .description("Failed attempts to hand events to the registry").register(registry));
        }
        storeErrors = Counter.builder("qrgate.gateway.store.errors")
                .description("Check-in messages that could not be committed (not acked; the device sends them again)")
                .register(registry);
        badStatus = Counter.builder("qrgate.gateway.unreadable.status")
                .description("Device status messages that could not be read").register(registry);
        expired = Counter.builder("qrgate.gateway.expired.events")
                .description("Events deleted by retention before the registry took them").register(registry);
    }

    /** Gauges read from the store on each scrape; a store that does not answer shows NaN. */
    public void gauges(LongSupplier registryBacklog, LongSupplier devicesOnline) {
        Gauge.builder("qrgate.gateway.registry.backlog", () -> safely(registryBacklog))
                .description("Events stored at the gateway and not yet taken by the registry").register(registry);
        Gauge.builder("qrgate.gateway.devices.online", () -> safely(devicesOnline))
                .description("Devices whose last status was online and recent (within offlineAfter)").register(registry);
    }

    /**
     * {@code qrgate_gateway_trust_fetch_age_seconds}: since the registry's trust list and revocation list were
     * last fetched (NaN before the first fetch; only registered when the gateway fetches them).
     */
    public void trustFetchAge(Supplier<Optional<Duration>> age) {
        Gauge.builder("qrgate.gateway.trust.fetch.age", () -> age.get().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN))
                .baseUnit("seconds")
                .description("Seconds since the trust list and revocation list were last fetched from the registry")
                .register(registry);
    }

    private static double safely(LongSupplier value) {
        try {
            return value.getAsLong();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    public void ingested(int n) {
        ingested.increment(n);
    }

    public void duplicates(int n) {
        duplicates.increment(n);
    }

    public void refused(RefusalReason reason, int events) {
        refused.get(reason).increment(events);
    }

    public void forwarded(int n) {
        forwarded.increment(n);
    }

    public void deadLettered(int n) {
        deadLettered.increment(n);
    }

    public void forwardError(ForwardError kind) {
        forwardErrors.get(kind).increment();
    }

    public void storeError() {
        storeErrors.increment();
    }

    public void unreadableStatus() {
        badStatus.increment();
    }

    public void expired(long n) {
        expired.increment(n);
    }

    public double refusedCount(RefusalReason reason) {
        return refused.get(reason).count();
    }

    public double ingestedCount() {
        return ingested.count();
    }

    public double duplicateCount() {
        return duplicates.count();
    }

    public double forwardedCount() {
        return forwarded.count();
    }
}
