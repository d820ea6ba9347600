package vn.qrgate.registry.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrSymbolTest {

    @Test
    void a_short_url_is_raised_to_version_5_so_the_quiet_zone_fits_beside_the_text() {
        // Version v has 17 + 4v modules a side.
        assertThat(QrSymbol.encode("http://a.vn/c").size()).isEqualTo(17 + 4 * QrSymbol.MIN_VERSION);
    }

    @Test
    void a_longer_url_gets_the_version_it_needs() {
        assertThat(QrSymbol.encode("https://registry.example.vn/checkin/" + "v".repeat(200)).size())
                .isGreaterThan(17 + 4 * QrSymbol.MIN_VERSION);
    }
}
