package vn.qrgate.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {

    @Test
    void everyKeyInTheSchemaHasADescription() {
        assertThat(KeyDocs.all().keySet())
                .as("KeyDocs.java must describe every key in Keys.java")
                .containsAll(ConfigReference.keyPaths());
    }

    @Test
    void everyDescriptionNamesAKeyThatExists() {
        assertThat(ConfigReference.keyPaths())
                .as("KeyDocs.java describes keys that Keys.java does not have")
                .containsAll(KeyDocs.all().keySet());
    }

    @Test
    void everyDefaultTheReaderUsesIsShownInTheReference() {
        assertThat(ConfigReference.keyPaths()).containsAll(Defaults.asConfigText().keySet());
    }

    @Test
    void theCommittedReferenceIsTheOneGeneratedFromTheCode() throws IOException {
        String generated = ConfigReference.render();
        if (Boolean.getBoolean("qrgate.regenerate")) {
            Files.writeString(ConfigReference.FILE, generated);
        }
        String committed = Files.exists(ConfigReference.FILE) ? Files.readString(ConfigReference.FILE) : "";
        assertThat(committed)
                .as("%s is stale; run %s to regenerate", ConfigReference.FILE, ConfigReference.REGENERATE)
                .isEqualTo(generated);
    }
}
