package vn.qrgate.registry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {

    @Test
    void every_key_in_the_schema_has_a_description() {
        assertThat(KeyDocs.all().keySet()).as("KeyDocs.java must describe every key in Keys.java")
                .containsAll(ConfigReference.keyPaths());
    }

    @Test
    void every_description_names_a_key_that_exists() {
        assertThat(ConfigReference.keyPaths()).as("KeyDocs.java describes keys that Keys.java does not have")
                .containsAll(KeyDocs.all().keySet());
    }

    @Test
    void every_default_shown_is_for_a_key_that_exists() {
        assertThat(ConfigReference.keyPaths()).containsAll(ConfigReference.defaults().keySet());
    }

    @Test
    void the_committed_reference_is_the_one_generated_from_the_code() throws IOException {
        String generated = ConfigReference.render();
        if (Boolean.getBoolean("qrgate.regenerate")) {
            Files.writeString(ConfigReference.FILE, generated);
        }
        String committed = Files.exists(ConfigReference.FILE) ? Files.readString(ConfigReference.FILE) : "";
        assertThat(committed).as("%s is stale; run %s to regenerate", ConfigReference.FILE, ConfigReference.REGENERATE)
                .isEqualTo(generated);
    }
}
