package vn.qrgate.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example config an operator starts from is valid, and the defaults it states are the real ones. */
class ExampleConfigTest {

    static final Path EXAMPLE = Path.of("examples/gateway.yaml");

    @TempDir
    Path dir;

    @Test
    void theExampleIsValidOnceItsFolderExists() throws Exception {
        String text = Files.readString(EXAMPLE).replace("/var/lib/qrgate/", dir + "/");
        Path copy = dir.resolve("gateway.yaml");
        Files.writeString(copy, text);

        ConfigLoad load = new GatewayConfigLoader(Map.of("QRGATE_MQTT_PASSWORD", "p", "QRGATE_REGISTRY_TOKEN", "t"))
                .read(copy);

        assertThat(load).as("%s", load).isInstanceOf(ConfigLoad.Valid.class);
    }

    @Test
    void theDefaultsTheExampleStatesAreTheDefaultsInCode() throws Exception {
        String text = Files.readString(EXAMPLE);
        for (Map.Entry<String, String> d : Defaults.asConfigText().entrySet()) {
            String key = d.getKey().substring(d.getKey().lastIndexOf('.') + 1);
            if (key.equals("schema") || key.equals("host") || key.equals("port")) {
                continue; // stated inline: schema: public, http: {host: 127.0.0.1, port: 9080}
            }
            assertThat(text).as("example states %s", d.getKey()).containsPattern("#\\s*" + key + ": " + d.getValue()
                    + "(\\s|$)");
        }
        assertThat(text).contains("# schema: public", "# http: {host: 127.0.0.1, port: 9080}");
    }
}
