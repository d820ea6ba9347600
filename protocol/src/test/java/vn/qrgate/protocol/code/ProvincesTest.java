package vn.qrgate.protocol.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvincesTest {

    @Test
    void theBundledProvinceListIsExactlyTheOfficialOne() {
        String csv = new String(TestVectors.resource("vn-admin-units-2025-03.csv"), StandardCharsets.UTF_8);
        Map<String, String> official = new LinkedHashMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] c = line.split(",", -1);
            official.putIfAbsent(c[0], c[1]);
        });

        assertThat(official).hasSize(63);
        assertThat(Provinces.all()).containsExactlyEntriesOf(official);
    }

    @Test
    void cccdPrefixesAreZeroPlusAnExistingCode() {
        assertThat(Provinces.cccdPrefixExists("001", 0)).isTrue();
        assertThat(Provinces.cccdPrefixExists("058", 0)).isTrue();
        assertThat(Provinces.cccdPrefixExists("096", 0)).isTrue();
        assertThat(Provinces.cccdPrefixExists("003", 0)).isFalse();
        assertThat(Provinces.cccdPrefixExists("097", 0)).isFalse();
        assertThat(Provinces.cccdPrefixExists("000", 0)).isFalse();
        assertThat(Provinces.cccdPrefixExists("158", 0)).isFalse();
        assertThat(Provinces.name("58")).contains("Tỉnh Ninh Thuận");
    }
}
