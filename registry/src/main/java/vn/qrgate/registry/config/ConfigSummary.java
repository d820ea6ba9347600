package vn.qrgate.registry.config;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.qrgate.config.Values;

/** What the registry will do with a valid config, as {@code check-config} prints it. Secrets as ***. */
public final class ConfigSummary {

    private ConfigSummary() {
    }

    public static List<String> lines(RegistryConfig config) {
        List<String> lines = new ArrayList<>();
        HttpSettings http = config.http();
        lines.add("  listen:    http://" + http.host() + ":" + (http.port() == 0 ? "<any free port>" : http.port()));
        lines.add("  publicUrl: " + http.publicUrl().map(Object::toString).orElse("(not set: posters carry the address "
                + "the registry listens on, which phones outside this machine may not reach)"));
        lines.add("  store:     " + store(config.store()));
        lines.add("  retention: " + Values.formatDuration(config.retention())
                + " (check-ins scanned earlier are deleted, checked hourly)");
        lines.add("  maxBatch:  " + config.maxBatch() + " events per POST");
        lines.add("  tracing:   dwell " + Values.formatDuration(config.tracingDwell())
                + " (an IN scan without an OUT counts as a stay this long)");
        lines.add("  venues:    " + config.venues().size() + " (" + config.venues().stream()
                .map(v -> v.id() + " \"" + v.name() + "\"").collect(Collectors.joining(", ")) + ")");
        lines.add(config.gateways().isEmpty()
                ? "  gateways:  0 in this file. WARNING: no check-ins arrive until an admin registers a gateway "
                        + "in the console (POST /api/v1/gateways)"
                : "  gateways:  " + config.gateways().size() + " (" + config.gateways().stream()
                .map(GatewayAccess::id).collect(Collectors.joining(", ")) + "), tokens ***");
        lines.add("  accounts:  " + config.accounts().size() + (config.accounts().isEmpty() ? "" : " ("
                + config.accounts().stream().map(ConfigSummary::account).collect(Collectors.joining("; ")) + ")"
                + ", tokens ***"));
        return lines;
    }

    private static String store(StoreConfig store) {
        String tuning = "busyTimeout " + Values.formatDuration(store.busyTimeout()) + ", poolSize " + store.poolSize();
        if (store instanceof StoreConfig.Sqlite sqlite) {
            return "sqlite " + sqlite.path() + " (" + tuning + ")";
        }
        StoreConfig.Postgresql pg = (StoreConfig.Postgresql) store;
        return "postgresql " + pg.url() + " as " + pg.user() + (pg.password().isPresent() ? ", password ***" : "")
                + pg.schema().map(s -> ", schema " + s).orElse("") + " (" + tuning + ")";
    }

    private static String account(AccountAccess account) {
        return account.id() + " " + account.role().configName()
                + (account.venues().isEmpty() ? "" : ": " + account.venues().stream().sorted().collect(Collectors.joining(", ")));
    }
}
