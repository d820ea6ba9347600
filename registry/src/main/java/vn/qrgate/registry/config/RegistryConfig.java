package vn.qrgate.registry.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Credentials;
import vn.qrgate.registry.domain.Venue;

/**
 * Everything the registry runs on. Made by {@link RegistryConfigLoader} from a YAML file, or in code
 * (tests, the demo) with the constructor and the {@code with…} methods starting from {@link #sqlite}.
 */
public record RegistryConfig(
        HttpSettings http,
        StoreConfig store,
        Duration retention,
        int maxBatch,
        List<Venue> venues,
        List<GatewayAccess> gateways,
        List<AccountAccess> accounts,
        Duration tracingDwell,
        SigningSettings signing) {

    public RegistryConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(retention, "retention");
        if (retention.compareTo(Defaults.MIN_RETENTION) < 0 || retention.compareTo(Defaults.MAX_RETENTION) > 0) {
            throw new IllegalArgumentException("retention must be 1h..3650d");
        }
        if (maxBatch < 1 || maxBatch > Defaults.MAX_MAX_BATCH) {
            throw new IllegalArgumentException("maxBatch must be 1.." + Defaults.MAX_MAX_BATCH);
        }
        Objects.requireNonNull(tracingDwell, "tracingDwell");
        Objects.requireNonNull(signing, "signing");
        if (tracingDwell.compareTo(Defaults.MIN_TRACING_DWELL) < 0 || tracingDwell.compareTo(Defaults.MAX_TRACING_DWELL) > 0) {
            throw new IllegalArgumentException("tracing.dwell must be 1m..24h");
        }
        venues = List.copyOf(venues);
        gateways = List.copyOf(gateways);
        accounts = List.copyOf(accounts);
        Set<String> venueIds = unique(venues.stream().map(Venue::id).toList(), "venue");
        unique(gateways.stream().map(GatewayAccess::id).toList(), "gateway");
        unique(accounts.stream().map(AccountAccess::id).toList(), "account");
        for (AccountAccess account : accounts) {
            for (String venue : account.venues()) {
                if (!venueIds.contains(venue)) {
                    throw new IllegalArgumentException("account " + account.id() + " names venue " + venue
                            + ", which is not among the venues");
                }
            }
        }
        credentials(gateways, accounts);
    }

    /** SQLite at {@code file}, defaults for the rest, no venues, gateways or accounts yet. */
    public static RegistryConfig sqlite(Path file) {
        return new RegistryConfig(HttpSettings.defaults(), StoreConfig.Sqlite.at(file), Defaults.RETENTION,
                Defaults.MAX_BATCH, List.of(), List.of(), List.of(), Defaults.TRACING_DWELL,
                SigningSettings.nextTo(file));
    }

    public RegistryConfig withHttp(HttpSettings value) {
        return new RegistryConfig(value, store, retention, maxBatch, venues, gateways, accounts, tracingDwell, signing);
    }

    public RegistryConfig withStore(StoreConfig value) {
        return new RegistryConfig(http, value, retention, maxBatch, venues, gateways, accounts, tracingDwell, signing);
    }

    public RegistryConfig withRetention(Duration value) {
        return new RegistryConfig(http, store, value, maxBatch, venues, gateways, accounts, tracingDwell, signing);
    }

    public RegistryConfig withMaxBatch(int value) {
        return new RegistryConfig(http, store, retention, value, venues, gateways, accounts, tracingDwell, signing);
    }

    public RegistryConfig withTracingDwell(Duration value) {
        return new RegistryConfig(http, store, retention, maxBatch, venues, gateways, accounts, value, signing);
    }

    public RegistryConfig withVenue(String id, String name) {
        return new RegistryConfig(http, store, retention, maxBatch, plus(venues, new Venue(id, name)), gateways, accounts, tracingDwell, signing);
    }

    public RegistryConfig withGateway(GatewayAccess gateway) {
        return new RegistryConfig(http, store, retention, maxBatch, venues, plus(gateways, gateway), accounts, tracingDwell, signing);
    }

    public RegistryConfig withAccount(AccountAccess account) {
        return new RegistryConfig(http, store, retention, maxBatch, venues, gateways, plus(accounts, account), tracingDwell, signing);
    }

    public RegistryConfig withSigning(SigningSettings value) {
        return new RegistryConfig(http, store, retention, maxBatch, venues, gateways, accounts, tracingDwell, value);
    }

    public Optional<Venue> venue(String id) {
        return venues.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Who each configured token belongs to. */
    public Credentials credentials() {
        return credentials(gateways, accounts);
    }

    private static Credentials credentials(List<GatewayAccess> gateways, List<AccountAccess> accounts) {
        List<Credentials.Entry> entries = new ArrayList<>();
        gateways.forEach(g -> entries.add(new Credentials.Entry(g.token(), new Caller.Gateway(g.id()))));
        accounts.forEach(a -> entries.add(new Credentials.Entry(a.token(), a.caller())));
        return new Credentials(entries);
    }

    private static Set<String> unique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + " id " + id + " appears twice");
            }
        }
        return seen;
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
