package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code docs/config-reference.md} from the schema ({@link Keys}), the defaults ({@link Defaults})
 * and the descriptions ({@link KeyDocs}), so the reference cannot say something the reader does not do.
 */
final class ConfigReference {

    static final Path FILE = Path.of("..", "docs", "config-reference.md").toAbsolutePath().normalize();
    static final String REGENERATE = "mvn -B -o test -pl reader-firmware -Dtest=ConfigReferenceTest -Dqrgate.regenerate=true";

    private ConfigReference() {
    }

    /**
     * Section path → its keys, in the reader's spelling: list items as {@code inputs[n]}. The pin
     * sections are read by {@code PinsReader} from their own lists, so they are added here by hand.
     */
    static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        Keys.CONFIG_SCHEMA.forEach((path, keys) -> sections.put(path.replace("[]", "[n]"), keys));
        sections.put("outputs.*", Keys.OUTPUT_PIN);
        sections.put("outputs.directionSwitch", Keys.SWITCH_PIN);
        return sections;
    }

    /** Every documented key path, e.g. {@code mqtt.uri}. */
    static List<String> keyPaths() {
        return vn.qrgate.config.ConfigReference.keyPaths(sections());
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Reader config reference (`/etc/qrgate/reader.yaml`)\n\n")
                .append("<!-- Generated from reader-firmware/src/main/java/vn/qrgate/reader/config/{Keys,Defaults,KeyDocs}.java.\n")
                .append("     Do not edit: change KeyDocs.java and run\n     ").append(REGENERATE).append(" -->\n\n")
                .append("Every key the reader accepts; any other key is an error. A key with a default may be left out.\n")
                .append("`check-config` states the same rules in its error messages. Value formats (durations, sizes,\n")
                .append("`${ENV:NAME}` secrets) and worked examples: [`reader-firmware/examples/README.md`]")
                .append("(../reader-firmware/examples/README.md). `inputs[n]` is an item of the `inputs` list; `outputs.*`\n")
                .append("is each of `relay`, `greenLed`, `redLed`, `buzzer`, `statusLed`.\n");
        return vn.qrgate.config.ConfigReference.render(new vn.qrgate.config.ConfigReference.Spec(md.toString(), sections(),
                Defaults.asConfigText(), KeyDocs.all()));
    }
}
