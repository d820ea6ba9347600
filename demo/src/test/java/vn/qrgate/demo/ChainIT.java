package vn.qrgate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on real parts: codes typed into a serial scanner (a socat pseudo-terminal), the reader
 * agent as its own process, a private Mosquitto, the gateway and the registry; read back through the
 * registry's API as venue staff see it.
 */
class ChainIT {

    @Test
    void everyScanReachesTheRegistryExactlyOnceAndIsShownMaskedThroughMosquitto(@TempDir Path dir) throws Exception {
        scanAndReadBack(dir, false);
    }

    @Test
    void everyScanReachesTheRegistryExactlyOnceAndIsShownMaskedThroughTheEmbeddedBroker(@TempDir Path dir)
            throws Exception {
        scanAndReadBack(dir, true);
    }

    private static void scanAndReadBack(Path dir, boolean embeddedBroker) throws Exception {
        List<String> codes = SampleCodes.cccd();
        try (ChainSite site = new ChainSite(dir, embeddedBroker)) {
            try {
                site.startRegistry();
                site.startGatewayInJvm();
                site.startReaderProcess();
                for (String code : codes) {
                    site.scan(code);
                    Thread.sleep(3);
                }
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> site.registryRows().count() >= codes.size());
                // A little longer: a duplicate would arrive after the last new one.
                Thread.sleep(1000);
                assertThat(site.registryRows()).isEqualTo(new ChainSite.Rows(codes.size(), codes.size(), 1, codes.size()));

                String body = site.venueCheckins(1000);
                JsonNode checkins = new ObjectMapper().readTree(body).get("checkins");
                assertThat(checkins.size()).isEqualTo(codes.size());
                assertThat(checkins.get(0).get("seq").asLong()).isEqualTo(codes.size());
                for (JsonNode checkin : checkins) {
                    assertThat(checkin.get("decision").asText()).isEqualTo("ACCEPTED");
                    assertThat(checkin.get("subject").get("documentNumber").asText()).startsWith("******");
                }
                for (String code : codes) {
                    assertThat(body).doesNotContain(SampleCodes.documentNumber(code)).doesNotContain(SampleCodes.name(code));
                }
            } catch (Throwable e) {
                throw new AssertionError(e.getMessage() + "\n" + site.logs(), e);
            }
        }
    }
}
