package vn.qrgate.registry.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.qrgate.config.Values;

/**
 * Writes {@code docs/config-reference-registry.md} from the schema ({@link Keys}), the defaults
 * ({@link Defaults}) and the descriptions ({@link KeyDocs}), so the reference cannot say something the
 * registry does not do.
 */
final class ConfigReference {

    static final Path FILE = Path.of("..", "docs", "config-reference-registry.md").toAbsolutePath().normalize();
    static final String REGENERATE = "mvn -B -o test -pl registry -Dtest=ConfigReferenceTest -Dqrgate.regenerate=true";

    private ConfigReference() {
    }

    static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        Keys.SCHEMA.forEach((path, keys) -> sections.put(path.replace("[]", "[n]"), keys));
        return sections;
    }

    static List<String> keyPaths() {
        return vn.qrgate.config.ConfigReference.keyPaths(sections());
    }

    /** The defaults as a config file would write them, from the constants the loader uses. */
    static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("http.host", Defaults.HTTP_HOST);
        d.put("http.port", Integer.toString(Defaults.HTTP_PORT));
        d.put("store.kind", "sqlite");
        d.put("store.path", Defaults.SQLITE_PATH);
        d.put("store.busyTimeout", duration(Defaults.BUSY_TIMEOUT));
        d.put("store.poolSize", Defaults.SQLITE_POOL_SIZE + " (sqlite), " + Defaults.POSTGRESQL_POOL_SIZE + " (postgresql)");
        d.put("retention", duration(Defaults.RETENTION));
        d.put("maxBatch", Integer.toString(Defaults.MAX_BATCH));
        d.put("tracing.dwell", duration(Defaults.TRACING_DWELL));
        d.put("signing.keyFile", Defaults.SIGNING_KEY_FILE);
        d.put("signing.issuerName", Defaults.CARD_ISSUER_NAME);
        return d;
    }

    private static String duration(Duration duration) {
        return Values.formatDuration(duration);
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Registry config reference (`/etc/qrgate/registry.yaml`)\n\n")
                .append("<!-- Generated from registry/src/main/java/vn/qrgate/registry/config/{Keys,Defaults,KeyDocs}.java.\n")
                .append("     Do not edit: change KeyDocs.java and run\n     ").append(REGENERATE).append(" -->\n\n")
                .append("Every key the registry accepts; any other key is an error. A key with a default may be left out.\n")
                .append("`qrgate-registry check-config` states the same rules in its error messages. `venues[n]` is an item\n")
                .append("of the `venues` list. Venues, people and gateways registered in the console are kept in the store,\n")
                .append("not here.\n");
        return vn.qrgate.config.ConfigReference.render(new vn.qrgate.config.ConfigReference.Spec(md.toString(), sections(),
                defaults(), KeyDocs.all()));
    }
}
