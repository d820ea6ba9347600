package vn.qrgate.registry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qrgate.config.ConfigError;

class PublicUrlAndGatewaysConfigTest {

    @TempDir
    Path dir;

    private ConfigLoad load(String yaml) throws Exception {
        Path file = dir.resolve("registry.yaml");
        Files.writeString(file, yaml);
        return new RegistryConfigLoader(Map.of()).load(file);
    }

    @Test
    void a_config_without_gateways_is_valid_and_its_summary_warns_that_none_can_deliver_yet() throws Exception {
        ConfigLoad load = load("venues: [{id: v1, name: Chợ}]\n");

        assertThat(load).isInstanceOf(ConfigLoad.Valid.class);
        RegistryConfig config = ((ConfigLoad.Valid) load).config();
        assertThat(config.gateways()).isEmpty();
        assertThat(String.join("\n", ConfigSummary.lines(config)))
                .contains("gateways:  0 in this file. WARNING: no check-ins arrive until an admin registers a gateway");
    }

    @Test
    void public_url_is_read_without_its_trailing_slash() throws Exception {
        ConfigLoad load = load("http: {publicUrl: \"https://qrgate.danang.gov.vn/\"}\nvenues: [{id: v1, name: Chợ}]\n");

        RegistryConfig config = ((ConfigLoad.Valid) load).config();
        assertThat(config.http().publicUrl()).contains(URI.create("https://qrgate.danang.gov.vn"));
        assertThat(String.join("\n", ConfigSummary.lines(config))).contains("publicUrl: https://qrgate.danang.gov.vn");
    }

    @Test
    void without_public_url_the_setting_is_empty() throws Exception {
        ConfigLoad load = load("http: {port: 0}\nvenues: [{id: v1, name: Chợ}]\n");

        assertThat(((ConfigLoad.Valid) load).config().http().publicUrl()).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"qrgate.danang.gov.vn", "ftp://qrgate.danang.gov.vn", "https://user:pw@qrgate.vn",
        "https://qrgate.vn/?x=1", "/c"})
    void a_public_url_that_phones_cannot_open_is_an_error_naming_the_key_and_the_rule(String url) throws Exception {
        ConfigLoad load = load("http: {publicUrl: \"" + url + "\"}\nvenues: [{id: v1, name: Chợ}]\n");

        assertThat(load).isInstanceOf(ConfigLoad.Invalid.class);
        assertThat(((ConfigLoad.Invalid) load).errors()).extracting(ConfigError::key).containsExactly("http.publicUrl");
        assertThat(((ConfigLoad.Invalid) load).errors().get(0).toString()).contains("an absolute http:// or https:// URL");
    }
}
