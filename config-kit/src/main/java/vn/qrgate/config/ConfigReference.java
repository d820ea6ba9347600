package vn.qrgate.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The config reference of a service as Markdown, made from its schema (section → keys), its defaults
 * and its key descriptions, so the reference cannot say something the service does not do. Each
 * service's test writes it to {@code docs/} and fails when the committed file differs.
 */
public final class ConfigReference {

    /**
     * {@code preamble}: the title, the "generated from" note and the introduction, as Markdown.
     * {@code sections}: section path (empty for the top level, list items as {@code inputs[n]}) → its keys,
     * in order. {@code defaults} and {@code docs} are keyed by the full key path, e.g. {@code mqtt.uri}.
     */
    public record Spec(String preamble, Map<String, List<String>> sections, Map<String, String> defaults,
            Map<String, KeyDoc> docs) {

        public Spec {
            Objects.requireNonNull(preamble, "preamble");
            // Kept as given, not copied into Map.copyOf: the order of the sections is the reference's order.
            Objects.requireNonNull(sections, "sections");
            Objects.requireNonNull(defaults, "defaults");
            Objects.requireNonNull(docs, "docs");
        }
    }

    private ConfigReference() {
    }

    /** Every key path of the schema, e.g. {@code mqtt.uri}, {@code inputs[n].usb.vendorId}. */
    public static List<String> keyPaths(Map<String, List<String>> sections) {
        List<String> paths = new ArrayList<>();
        sections.forEach((section, keys) -> keys.forEach(key -> paths.add(path(section, key))));
        return paths;
    }

    public static String path(String section, String key) {
        return section.isEmpty() ? key : section + "." + key;
    }

    /** One table per section: key, default, what it does, allowed values; "?" marks an undescribed key. */
    public static String render(Spec spec) {
        StringBuilder md = new StringBuilder(spec.preamble());
        spec.sections().forEach((section, keys) -> {
            md.append("\n## ").append(section.isEmpty() ? "Top level" : "`" + section + "`").append("\n\n")
                    .append("| key | default | what it does | allowed |\n|---|---|---|---|\n");
            for (String key : keys) {
                String path = path(section, key);
                KeyDoc doc = spec.docs().get(path);
                String dflt = spec.defaults().containsKey(path) ? "`" + spec.defaults().get(path) + "`" : "—";
                md.append("| `").append(path).append("` | ").append(dflt).append(" | ")
                        .append(doc == null ? "?" : doc.what()).append(" | ")
                        .append(doc == null ? "?" : doc.allowed()).append(" |\n");
            }
        });
        return md.toString();
    }
}
