package vn.qrgate.registry.domain.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VenueTypeTest {

    @Test
    void the_plans_twenty_types_and_checkpoints_each_have_a_distinct_lowercase_wire_name() {
        assertThat(VenueType.values()).hasSize(21);
        assertThat(Arrays.stream(VenueType.values()).map(VenueType::wireName).collect(Collectors.toSet())).hasSize(21);
        assertThat(VenueType.values()).allSatisfy(t -> assertThat(t.wireName()).matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void every_label_is_vietnamese_text_in_nfc() {
        assertThat(VenueType.values()).allSatisfy(t -> {
            assertThat(t.label()).isNotBlank();
            assertThat(Normalizer.isNormalized(t.label(), Normalizer.Form.NFC)).as(t.name()).isTrue();
        });
        assertThat(VenueType.RESTAURANT.label()).isEqualTo("Nhà hàng, quán ăn");
        assertThat(VenueType.HOSPITAL.label()).isEqualTo("Bệnh viện, phòng khám");
        assertThat(VenueType.CHECKPOINT.label()).isEqualTo("Chốt kiểm soát");
    }

    @Test
    void only_hospitals_and_checkpoints_may_have_the_full_view() {
        assertThat(Arrays.stream(VenueType.values()).filter(VenueType::fullViewAllowed))
                .containsExactlyInAnyOrder(VenueType.HOSPITAL, VenueType.CHECKPOINT);
    }

    @Test
    void wire_names_read_back_as_their_type() {
        assertThat(VenueType.values()).allSatisfy(t -> assertThat(VenueType.parse(t.wireName())).isEqualTo(t));
        assertThat(VenueType.fromWireName("bus")).hasValue(VenueType.BUS);
        assertThat(VenueType.fromWireName("Bus")).isEmpty();
    }

    @Test
    void an_unknown_type_is_refused_listing_the_allowed_names() {
        assertThatThrownBy(() -> VenueType.parse("casino"))
                .isInstanceOfSatisfying(InvalidVenueException.class, e -> assertThat(e.field()).isEqualTo("type"))
                .hasMessageContaining("'casino' is not a venue type")
                .hasMessageContaining("restaurant, bar, karaoke");
        assertThatThrownBy(() -> VenueType.parse(null)).hasMessageContaining("type: is missing");
    }
}
