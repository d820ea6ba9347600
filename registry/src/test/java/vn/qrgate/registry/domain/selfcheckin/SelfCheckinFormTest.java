package vn.qrgate.registry.domain.selfcheckin;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;

class SelfCheckinFormTest {

    private static final String NAME = "Trần Thị Bình";
    private static final String PHONE = "0905123456";
    private static final String CCCD = "058190001234";

    private static SelfDeclaration valid(String name, String phone, String number, String direction) {
        SelfCheckinForm.Result result = SelfCheckinForm.check(name, phone, number, direction);
        assertThat(result).isInstanceOf(SelfCheckinForm.Valid.class);
        return ((SelfCheckinForm.Valid) result).declaration();
    }

    private static String invalidField(String name, String phone, String number, String direction) {
        SelfCheckinForm.Result result = SelfCheckinForm.check(name, phone, number, direction);
        assertThat(result).isInstanceOf(SelfCheckinForm.Invalid.class);
        return ((SelfCheckinForm.Invalid) result).field();
    }

    @Test
    void a_complete_form_becomes_a_declaration_with_a_cccd() {
        SelfDeclaration d = valid(NAME, PHONE, CCCD, "IN");

        assertThat(d.documentType()).isEqualTo(DocumentType.CCCD);
        assertThat(d.direction()).isEqualTo(Direction.IN);
        assertThat(d.toString()).doesNotContain(CCCD, "Bình", PHONE);
    }

    @Test
    void a_nine_digit_number_is_a_cmnd() {
        assertThat(valid(NAME, PHONE, "123456789", "OUT").documentType()).isEqualTo(DocumentType.CMND);
    }

    @Test
    void a_decomposed_name_is_stored_composed_and_spaces_are_tidied() {
        String decomposed = Normalizer.normalize("  Trần   Thị Bình ", Normalizer.Form.NFD);

        assertThat(valid(decomposed, PHONE, CCCD, "IN").name()).isEqualTo(NAME);
    }

    @ParameterizedTest
    @CsvSource({"+84905123456, 0905123456", "84905123456, 0905123456", "090 512 3456, 0905123456",
            "0398765432, 0398765432", "0701234567, 0701234567", "0812345678, 0812345678"})
    void mobile_numbers_are_taken_in_their_usual_spellings(String typed, String stored) {
        assertThat(valid(NAME, typed, CCCD, "IN").phone()).isEqualTo(stored);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Bình2", "Trần_Bình", "<script>", "a\tb\u0000"})
    void a_name_that_is_not_letters_and_spaces_is_refused(String name) {
        assertThat(invalidField(name, PHONE, CCCD, "IN")).isEqualTo("name");
    }

    @Test
    void a_name_of_101_letters_is_refused_and_of_100_taken() {
        assertThat(invalidField("a".repeat(101), PHONE, CCCD, "IN")).isEqualTo("name");
        assertThat(valid("a".repeat(100), PHONE, CCCD, "IN").name()).hasSize(100);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0241234567", "090512345", "09051234567", "1905123456", "phone", "+1 905 123 4567"})
    void a_number_that_is_no_vietnamese_mobile_is_refused(String phone) {
        assertThat(invalidField(NAME, phone, CCCD, "IN")).isEqualTo("phone");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678", "099190001234", "C1234567", "05819000123a"})
    void a_number_that_is_no_cccd_or_cmnd_is_refused(String number) {
        assertThat(invalidField(NAME, PHONE, number, "IN")).isEqualTo("documentNumber");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"in", "UP", "INSIDE"})
    void a_direction_other_than_in_or_out_is_refused(String direction) {
        assertThat(invalidField(NAME, PHONE, CCCD, direction)).isEqualTo("direction");
    }

    @Test
    void the_event_is_an_accepted_self_declared_web_checkin_of_the_venues_form() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-29T12:00:00+07:00");
        UUID id = UUID.fromString("01a225ac-a080-7123-8456-0123456789ab");

        Event e = valid(NAME, PHONE, CCCD, "OUT").toEvent(id, "V48-000001", 5, at);

        assertThat(e.isAccepted()).isTrue();
        assertThat(e.kind()).isEqualTo(Kind.SELF_DECLARED);
        assertThat(e.source()).isEqualTo(ScanSource.WEB);
        assertThat(e.device().value()).isEqualTo("web-v48-000001");
        assertThat(e.direction()).isEqualTo(Direction.OUT);
        assertThat(e.subject().documentNumber()).isEqualTo(CCCD);
        assertThat(e.subject().phone()).isEqualTo(PHONE);
        assertThat(e.subject().birthDate()).isNull();
        assertThat(e.clockSynced()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v-hanoi-0001", "Venue.Main_01", "A"})
    void every_venue_id_gives_a_valid_form_device(String venue) {
        assertThat(SelfDeclaration.formDevice(venue).value()).startsWith("web-").matches("[a-z0-9][a-z0-9-]{2,63}");
    }

    @Test
    void the_longest_venue_id_still_gives_a_valid_form_device() {
        assertThat(SelfDeclaration.formDevice("V".repeat(64)).value()).hasSize(64);
    }
}
