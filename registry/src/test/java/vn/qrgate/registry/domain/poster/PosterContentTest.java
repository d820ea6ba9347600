package vn.qrgate.registry.domain.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PosterContentTest {

    private static final String NAME = "Chợ Bến Thành – Khu A, Phường Bến Thành, Quận 1";
    private static final String URL = "https://registry.example.vn/checkin/cho-ben-thanh-a";

    @Test
    void a_venue_with_an_https_url_makes_a_poster_with_the_vietnamese_wording() {
        PosterContent content = PosterContent.vietnamese(NAME, "cho-ben-thanh-a", "Chợ", Optional.of("Lê Lợi, Quận 1"), URL);

        assertThat(content.venueName()).isEqualTo(NAME);
        assertThat(content.checkInUrl()).isEqualTo(URI.create(URL));
        assertThat(content.qrPayload()).isEqualTo(URL);
        assertThat(content.text()).isSameAs(PosterText.VIETNAMESE);
    }

    @Test
    void a_url_with_vietnamese_letters_is_put_in_the_qr_percent_encoded() {
        PosterContent content = PosterContent.vietnamese(NAME, "v-1", "Chợ", Optional.empty(),
                "http://registry.example.vn/checkin/chợ");

        assertThat(content.qrPayload()).isEqualTo("http://registry.example.vn/checkin/ch%E1%BB%A3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_name_is_refused_naming_the_field(String blank) {
        assertRefused(() -> PosterContent.vietnamese(blank, "v-1", "Chợ", Optional.empty(), URL),
                "venue name", "must not be blank");
    }

    @Test
    void a_name_longer_than_200_characters_is_refused_with_its_length() {
        assertRefused(() -> PosterContent.vietnamese("Ă".repeat(201), "v-1", "Chợ", Optional.empty(), URL),
                "venue name", "is 201 characters long; at most 200");
    }

    @Test
    void a_name_in_decomposed_form_is_refused_rather_than_silently_changed() {
        String decomposed = Normalizer.normalize(NAME, Normalizer.Form.NFD);

        assertRefused(() -> PosterContent.vietnamese(decomposed, "v-1", "Chợ", Optional.empty(), URL),
                "venue name", "NFC");
    }

    @Test
    void a_line_break_in_a_name_is_refused_because_the_poster_does_its_own_wrapping() {
        assertRefused(() -> PosterContent.vietnamese("Chợ\nBến Thành", "v-1", "Chợ", Optional.empty(), URL),
                "venue name", "control character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/checkin/v-1", "checkin/v-1", "registry.example.vn/checkin"})
    void a_relative_url_is_refused_naming_the_field_and_the_value(String relative) {
        assertRefused(() -> PosterContent.vietnamese(NAME, "v-1", "Chợ", Optional.empty(), relative),
                "check-in URL", "'" + relative + "' is not absolute");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://registry.example.vn/x", "javascript:alert(1)", "mailto:a@example.vn"})
    void a_url_that_a_phone_would_not_open_as_a_web_page_is_refused(String url) {
        assertThatThrownBy(() -> PosterContent.vietnamese(NAME, "v-1", "Chợ", Optional.empty(), url))
                .isInstanceOfSatisfying(InvalidPosterContentException.class,
                        e -> assertThat(e.field()).isEqualTo("check-in URL"))
                .hasMessageContaining("https:// or http://");
    }

    @Test
    void a_url_that_does_not_parse_is_refused_with_where_it_breaks() {
        assertRefused(() -> PosterContent.vietnamese(NAME, "v-1", "Chợ", Optional.empty(), "https://example.vn/a b"),
                "check-in URL", "is not a URL");
    }

    @Test
    void a_url_with_a_password_is_refused_without_printing_it() {
        assertThatThrownBy(() -> PosterContent.vietnamese(NAME, "v-1", "Chợ", Optional.empty(),
                "https://admin:hunter2secret@registry.example.vn/checkin/v-1"))
                .isInstanceOf(InvalidPosterContentException.class)
                .hasMessageContaining("user name or password")
                .hasMessageNotContaining("hunter2secret");
    }

    @Test
    void a_url_longer_than_the_qr_should_carry_is_refused() {
        String url = "https://registry.example.vn/" + "a".repeat(PosterContent.MAX_URL_LENGTH);

        assertRefused(() -> PosterContent.vietnamese(NAME, "v-1", "Chợ", Optional.empty(), url),
                "check-in URL", "at most " + PosterContent.MAX_URL_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "chợ-bến-thành", "has space", "-leading-dash"})
    void a_venue_code_outside_the_venue_id_pattern_is_refused(String code) {
        assertRefused(() -> PosterContent.vietnamese(NAME, code, "Chợ", Optional.empty(), URL),
                "venue code", "is not a venue code");
    }

    @Test
    void an_address_given_blank_is_refused_while_no_address_is_fine() {
        assertRefused(() -> PosterContent.vietnamese(NAME, "v-1", "Chợ", Optional.of(" "), URL),
                "address", "must not be blank");
        assertThat(PosterContent.vietnamese(NAME, "v-1", "Chợ", Optional.empty(), URL).address()).isEmpty();
    }

    @Test
    void a_blank_venue_type_is_refused() {
        assertRefused(() -> PosterContent.vietnamese(NAME, "v-1", "", Optional.empty(), URL),
                "venue type", "must not be blank");
    }

    @Test
    void the_vietnamese_wording_is_in_nfc_and_its_steps_are_numbered_in_order() {
        PosterText text = PosterText.VIETNAMESE;

        assertThat(text.numberedSteps()).containsExactly(
                "1. Mở ứng dụng PC-COVID hoặc camera trên điện thoại",
                "2. Quét mã QR ở trên",
                "3. Chọn VÀO hoặc RA rồi bấm Gửi");
        assertThat(List.of(text.title(), text.withoutSmartphone(), text.venueCodeLabel()))
                .allMatch(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
    }

    @Test
    void wording_without_steps_or_with_too_many_is_refused() {
        assertRefused(() -> new PosterText("QUÉT MÃ", List.of(), "Hỏi nhân viên.", "Mã"),
                "instruction steps", "0 given; 1 to 5");
        assertRefused(() -> new PosterText("QUÉT MÃ", List.of("a", "b", "c", "d", "e", "f"), "Hỏi nhân viên.", "Mã"),
                "instruction steps", "6 given");
        assertRefused(() -> new PosterText("QUÉT MÃ", List.of("Quét", " "), "Hỏi nhân viên.", "Mã"),
                "instruction step 2", "must not be blank");
    }

    private static void assertRefused(ThrowingCallable build, String field, String problem) {
        assertThatThrownBy(build)
                .isInstanceOfSatisfying(InvalidPosterContentException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageStartingWith("poster " + field + ": ")
                .hasMessageContaining(problem);
    }
}
