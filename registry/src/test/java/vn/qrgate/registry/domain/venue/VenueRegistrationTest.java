package vn.qrgate.registry.domain.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VenueRegistrationTest {

    private static final String ADDRESS = "119 Trần Phú, Hải Châu";

    private static InvalidVenueException refusal(Runnable build) {
        try {
            build.run();
        } catch (InvalidVenueException e) {
            return e;
        }
        throw new AssertionError("the registration was accepted");
    }

    @Test
    void a_registration_keeps_its_values() {
        VenueRegistration r = new VenueRegistration("Chợ Hàn", VenueType.MARKET, ADDRESS, "20236");

        assertThat(r.name()).isEqualTo("Chợ Hàn");
        assertThat(r.type()).isEqualTo(VenueType.MARKET);
        assertThat(r.address()).isEqualTo(ADDRESS);
        assertThat(r.areaCode()).isEqualTo("20236");
    }

    @Test
    void names_of_1_to_200_characters_are_allowed_and_longer_or_blank_ones_are_refused_naming_the_field() {
        assertThat(new VenueRegistration("x".repeat(200), VenueType.BAR, ADDRESS, "48").name()).hasSize(200);

        InvalidVenueException tooLong = refusal(() -> new VenueRegistration("x".repeat(201), VenueType.BAR, ADDRESS, "48"));
        assertThat(tooLong.field()).isEqualTo("name");
        assertThat(tooLong).hasMessageContaining("201 characters").hasMessageContaining("1 to 200");
        assertThat(refusal(() -> new VenueRegistration(" ", VenueType.BAR, ADDRESS, "48")).field()).isEqualTo("name");
        assertThat(refusal(() -> new VenueRegistration(null, VenueType.BAR, ADDRESS, "48")).field()).isEqualTo("name");
    }

    @Test
    void a_decomposed_name_or_one_with_a_line_break_or_edge_spaces_is_refused() {
        String decomposed = Normalizer.normalize("Chợ Hàn", Normalizer.Form.NFD);

        assertThat(refusal(() -> new VenueRegistration(decomposed, VenueType.MARKET, ADDRESS, "48")))
                .hasMessageContaining("NFC");
        assertThat(refusal(() -> new VenueRegistration("Chợ\nHàn", VenueType.MARKET, ADDRESS, "48")))
                .hasMessageContaining("control character").hasMessageContaining("'Chợ?Hàn'");
        assertThat(refusal(() -> new VenueRegistration("Chợ Hàn ", VenueType.MARKET, ADDRESS, "48")))
                .hasMessageContaining("spaces at the start or end");
    }

    @Test
    void addresses_may_be_300_characters_and_no_more() {
        assertThat(new VenueRegistration("Chợ Hàn", VenueType.MARKET, "a".repeat(300), "48").address()).hasSize(300);

        InvalidVenueException refused = refusal(() -> new VenueRegistration("Chợ Hàn", VenueType.MARKET, "a".repeat(301), "48"));
        assertThat(refused.field()).isEqualTo("address");
        assertThat(refused).hasMessageContaining("1 to 300");
        assertThat(refusal(() -> new VenueRegistration("Chợ Hàn", VenueType.MARKET, "", "48")).field()).isEqualTo("address");
    }

    @Test
    void the_type_is_required_and_the_area_code_must_be_digits() {
        assertThat(refusal(() -> new VenueRegistration("Chợ Hàn", null, ADDRESS, "48")))
                .hasMessageContaining("venue type: is missing; allowed: office, industrial-park");
        InvalidVenueException area = refusal(() -> new VenueRegistration("Chợ Hàn", VenueType.MARKET, ADDRESS, "48a"));
        assertThat(area.field()).isEqualTo("area code");
        assertThat(area).hasMessageContaining("'48a'").hasMessageContaining("digits");
        assertThatThrownBy(() -> new VenueRegistration("Chợ Hàn", VenueType.MARKET, ADDRESS, null))
                .isInstanceOf(InvalidVenueException.class).hasMessageContaining("area code");
    }
}
