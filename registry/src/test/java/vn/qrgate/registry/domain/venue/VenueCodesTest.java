package vn.qrgate.registry.domain.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.qrgate.registry.domain.Venue;

class VenueCodesTest {

    private final VenueCodes codes = VenueCodes.PROVINCE_AND_NUMBER;

    @Test
    void a_code_is_V_the_province_a_dash_and_the_number_in_six_digits() {
        assertThat(codes.code("58", 123)).isEqualTo(VenueCode.of("V58-000123"));
        assertThat(codes.code("01", 1)).hasToString("V01-000001");
        assertThat(codes.code("48", 999_999)).hasToString("V48-999999");
    }

    @Test
    void every_code_made_is_also_a_valid_config_venue_id() {
        assertThat(Venue.isValidId(codes.code("96", 42).value())).isTrue();
        assertThat(Venue.isValidId(codes.code("123456789012", 999_999).value())).isTrue();
    }

    @Test
    void numbers_outside_six_digits_are_refused_naming_the_province() {
        assertThatThrownBy(() -> codes.code("48", 1_000_000))
                .isInstanceOf(InvalidVenueException.class).hasMessageContaining("1000000 is outside 1..999999")
                .hasMessageContaining("province 48");
        assertThatThrownBy(() -> codes.code("48", 0)).isInstanceOf(InvalidVenueException.class);
    }

    @Test
    void a_province_code_that_is_not_digits_is_refused() {
        assertThatThrownBy(() -> codes.code("4-8", 1))
                .isInstanceOfSatisfying(InvalidVenueException.class, e -> assertThat(e.field()).isEqualTo("province code"));
    }

    @Test
    void venue_codes_are_checked_when_read() {
        assertThat(VenueCode.of("V58-000123").value()).isEqualTo("V58-000123");
        assertThatThrownBy(() -> VenueCode.of("V58-CHAIN1"))
                .isInstanceOf(InvalidVenueException.class).hasMessageContaining("'V58-CHAIN1' is not a venue code");
        assertThatThrownBy(() -> VenueCode.of("V58-12345")).isInstanceOf(InvalidVenueException.class);
        assertThatThrownBy(() -> VenueCode.of(null)).isInstanceOf(InvalidVenueException.class);
    }
}
