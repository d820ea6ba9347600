package vn.qrgate.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScanSourceTest {

    @Test
    void wire_names_are_the_lowercase_ones_of_the_contract() {
        assertThat(ScanSource.values()).extracting(ScanSource::wireName)
                .containsExactly("serial", "hid", "camera", "stdin", "web");
    }

    @ParameterizedTest
    @EnumSource(ScanSource.class)
    void each_wire_name_reads_back_as_its_source(ScanSource source) {
        assertThat(ScanSource.fromWire(source.wireName())).contains(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERIAL", "Serial", "usb", "", " serial"})
    void other_spellings_are_not_sources(String wire) {
        assertThat(ScanSource.fromWire(wire)).isEmpty();
    }

    @Test
    void null_is_not_a_source() {
        assertThat(ScanSource.fromWire(null)).isEmpty();
    }
}
