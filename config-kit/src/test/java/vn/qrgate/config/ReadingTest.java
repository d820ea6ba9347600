package vn.qrgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingTest {

    private static final Map<String, List<String>> NO_SCHEMA = Map.of();

    @Test
    void values_in_errors_are_shown_the_way_the_service_says_and_secrets_as_stars() {
        Reading reading = new Reading(Map.of("DB_PASSWORD", "hunter2"), NO_SCHEMA, raw -> "<" + raw + ">");
        reading.error("store.path", "/var/x", "a file path");
        Optional<String> password = reading.resolve("store.password", "${ENV:DB_PASSWORD}");
        reading.error("store.password", "hunter2", "at most 8 characters");

        assertThat(password).contains("hunter2");
        assertThat(reading.errors()).containsExactly(
                new ConfigError("store.path", "</var/x>", "a file path"),
                new ConfigError("store.password", Secret.SHOWN, "at most 8 characters"));
    }

    @Test
    void a_missing_variable_is_named_and_the_value_is_not_resolved() {
        Reading reading = new Reading(Map.of(), NO_SCHEMA, raw -> raw);
        assertThat(reading.resolve("mqtt.password", "${ENV:MQTT_PASSWORD}")).isEmpty();
        assertThat(reading.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("mqtt.password");
            assertThat(e.rule()).contains("MQTT_PASSWORD is not set");
        });
    }

    @Test
    void a_profile_reading_prefixes_its_keys_and_refuses_placeholders() {
        Reading reading = new Reading("boards/x.yaml#", Optional.empty(), NO_SCHEMA, raw -> raw);
        assertThat(reading.resolve("pins.relay", "${ENV:PIN}")).isEmpty();
        assertThat(reading.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("boards/x.yaml#pins.relay");
            assertThat(e.rule()).contains("only allowed in the config file");
        });
    }

    @Test
    void a_wrong_shape_is_described_and_text_goes_through_the_services_masking() {
        Reading reading = new Reading(Map.of(), NO_SCHEMA, raw -> raw.replace("secret", "***"));
        JsonNode tree = YamlTree.read("a: [1]\nb: {c: d}\ne: my-secret\n", "(file)", reading).orElseThrow();
        assertThat(Section.describe(reading, tree.get("a"))).isEqualTo("(list)");
        assertThat(Section.describe(reading, tree.get("b"))).isEqualTo("(section)");
        assertThat(Section.describe(reading, tree.get("e"))).isEqualTo("my-***");
    }
}
