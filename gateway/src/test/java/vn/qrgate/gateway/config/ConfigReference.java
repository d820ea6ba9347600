package vn.qrgate.gateway.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code docs/config-reference.md} from the schema ({@link Keys}), the defaults ({@link Defaults})
 * and the descriptions ({@link KeyDocs}), so the reference cannot say something the gateway does not do.
 */
final class ConfigReference {

    static final Path FILE = Path.of("..", "docs", "config-reference-gateway.md").toAbsolutePath().normalize();
    static final String REGENERATE = "mvn -B -o test -pl gateway -Dtest=ConfigReferenceTest -Dqrgate.regenerate=true";

    private ConfigReference() {
    }

    /**
     * Section path → its keys, list items as {@code devices[n]}. {@code push.devices} is a map keyed by
     * device id, read with its own list, so it is added here by hand.
     */
    static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        Keys.CONFIG_SCHEMA.forEach((path, keys) -> sections.put(path.replace("[]", "[n]"), keys));
        sections.put("push.devices.<id>", Keys.PUSH_DEVICE);
        return sections;
    }

    /** Every documented key path, e.g. {@code mqtt.uri}. */
    static List<String> keyPaths() {
        return vn.qrgate.config.ConfigReference.keyPaths(sections());
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Gateway config reference (`/etc/qrgate/gateway.yaml`)\n\n")
                .append("<!-- Generated from gateway/src/main/java/vn/qrgate/gateway/config/{Keys,Defaults,KeyDocs}.java.\n")
                .append("     Do not edit: change KeyDocs.java and run\n     ").append(REGENERATE).append(" -->\n\n")
                .append("Every key the gateway accepts; any other key is an error. A key with a default may be left out.\n")
                .append("`check-config` states the same rules in its error messages. Example: [`gateway/examples/gateway.yaml`]")
                .append("(../gateway/examples/gateway.yaml). `devices[n]` is an item of the `devices` list.\n");
        return vn.qrgate.config.ConfigReference.render(new vn.qrgate.config.ConfigReference.Spec(md.toString(), sections(),
                Defaults.asConfigText(), KeyDocs.all()));
    }
}
