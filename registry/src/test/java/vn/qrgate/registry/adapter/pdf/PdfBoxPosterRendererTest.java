package vn.qrgate.registry.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.domain.poster.InvalidPosterContentException;
import vn.qrgate.registry.domain.poster.PosterContent;
import vn.qrgate.registry.domain.poster.PosterText;

class PdfBoxPosterRendererTest {

    private static final String NAME = "Chợ Bến Thành – Khu A, Phường Bến Thành, Quận 1";
    private static final String URL = "https://registry.qrgate.example.vn/checkin/cho-ben-thanh-a";
    private static final PosterContent BEN_THANH = PosterContent.vietnamese(NAME, "cho-ben-thanh-a", "Chợ",
            Optional.of("Lê Lợi, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh"), URL);

    private static final PdfBoxPosterRenderer RENDERER = new PdfBoxPosterRenderer();
    private static byte[] pdf;
    private static PrintedPoster printed;

    @BeforeAll
    static void render() throws IOException {
        pdf = RENDERER.render(BEN_THANH);
        printed = PrintedPoster.of(pdf);
    }

    @Test
    void the_poster_is_one_a4_portrait_page() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat((double) page.getMediaBox().getWidth() / PdfBoxPosterRenderer.POINTS_PER_CM).isCloseTo(21.0, within(0.01));
            assertThat((double) page.getMediaBox().getHeight() / PdfBoxPosterRenderer.POINTS_PER_CM).isCloseTo(29.7, within(0.01));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");
        }
        assertThat(RENDERER.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void a_pdf_viewer_extracts_the_venue_and_the_vietnamese_instructions_exactly() {
        assertThat(Normalizer.isNormalized(printed.text, Normalizer.Form.NFC)).isTrue();
        assertThat(String.join(" ", printed.lines())).contains(NAME);
        assertThat(printed.lines()).contains(
                "Chợ · Mã địa điểm: cho-ben-thanh-a",
                "Lê Lợi, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh",
                "QUÉT MÃ QR ĐỂ KHAI BÁO VÀO / RA",
                "1. Mở ứng dụng PC-COVID hoặc camera trên điện thoại",
                "2. Quét mã QR ở trên",
                "3. Chọn VÀO hoặc RA rồi bấm Gửi",
                "Không có điện thoại thông minh? Đưa CCCD hoặc thẻ BHYT để nhân viên quét giúp.");
    }

    @Test
    void a_name_too_long_for_one_line_is_wrapped_whole_over_several_lines() {
        List<String> lines = printed.lines();
        int details = lines.indexOf("Chợ · Mã địa điểm: cho-ben-thanh-a");
        List<String> nameLines = lines.subList(0, details);

        assertThat(nameLines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", nameLines)).isEqualTo(NAME);
    }

    @Test
    void the_text_is_set_in_embedded_subsets_of_dejavu_sans() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName key : resources.getFontNames()) {
                PDFont font = resources.getFont(key);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                names.add(font.getName());
            }
            assertThat(names).hasSize(2).allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"))
                    .anyMatch(n -> n.endsWith("-Bold"));
        }
        // Subsets: the two whole font files are 1.4 MB.
        assertThat(pdf.length).isLessThan(100_000);
    }

    @Test
    void the_qr_is_drawn_as_vector_shapes_not_as_an_image() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName key : resources.getXObjectNames()) {
                assertThat(resources.getXObject(key)).isNotInstanceOf(PDImageXObject.class);
            }
        }
    }

    @Test
    void the_printed_qr_scans_to_exactly_the_check_in_url() throws Exception {
        assertThat(printed.scan().getText()).isEqualTo(URL);
    }

    @Test
    void the_printed_qr_is_16_cm_square_with_its_four_module_quiet_zone_clear() throws Exception {
        Result scanned = printed.scan();
        PrintedPoster.Outline qr = printed.outline(scanned);

        PrintedPoster.assertSquareAtLeast(qr, 15.0);
        assertThat(qr.widthCm()).isCloseTo(PdfBoxPosterRenderer.QR_SIDE_CM, within(0.1));
        assertThat(qr.heightCm()).isCloseTo(PdfBoxPosterRenderer.QR_SIDE_CM, within(0.1));
        assertQuietZoneClear(printed, qr);
    }

    @Test
    void the_longest_content_allowed_still_fits_around_a_full_size_scannable_qr() throws Exception {
        String longUrl = "https://registry.qrgate.example.vn/checkin/" + "v".repeat(PosterContent.MAX_URL_LENGTH - 43);
        PosterContent longest = PosterContent.vietnamese(
                repeatToLength("Trung tâm Thương mại Dịch vụ Tổng hợp Phường Nghĩa Đô ", PosterContent.MAX_NAME_LENGTH),
                "v-" + "9".repeat(62),
                repeatToLength("Cơ sở sản xuất ", PosterContent.MAX_TYPE_LENGTH),
                Optional.of(repeatToLength("Số 1 ngõ 2 ngách 3 hẻm 4 đường Nguyễn Văn Cừ, ", PosterContent.MAX_ADDRESS_LENGTH)),
                longUrl);
        assertThat(longUrl).hasSize(PosterContent.MAX_URL_LENGTH);

        PrintedPoster poster = PrintedPoster.of(RENDERER.render(longest));
        Result scanned = poster.scan();

        assertThat(scanned.getText()).isEqualTo(longUrl);
        PrintedPoster.Outline qr = poster.outline(scanned);
        PrintedPoster.assertSquareAtLeast(qr, 15.0);
        assertQuietZoneClear(poster, qr);
        assertThat(String.join(" ", poster.lines()).replace(" ", ""))
                .contains(longest.venueName().replace(" ", ""))
                .contains(longest.address().orElseThrow().replace(" ", ""));
    }

    @Test
    void a_name_of_one_long_word_of_wide_letters_is_split_between_letters_not_cut() throws Exception {
        String wide = "ẪW".repeat(PosterContent.MAX_NAME_LENGTH / 2);
        PosterContent content = PosterContent.vietnamese(wide, "v-1", "Quán", Optional.empty(), URL);

        PrintedPoster poster = PrintedPoster.of(RENDERER.render(content));

        assertThat(String.join("", poster.lines())).contains(wide);
        assertThat(poster.scan().getText()).isEqualTo(URL);
    }

    @Test
    void a_character_the_font_lacks_is_refused_naming_the_field_and_the_character() {
        PosterContent chinese = PosterContent.vietnamese("Quán mì 麺", "v-1", "Quán ăn", Optional.empty(), URL);

        assertThatThrownBy(() -> RENDERER.render(chinese))
                .isInstanceOfSatisfying(InvalidPosterContentException.class, e -> assertThat(e.field()).isEqualTo("venue name"))
                .hasMessageContaining("U+9EBA")
                .hasMessageContaining("DejaVu Sans");
    }

    @Test
    void instructions_too_long_for_their_place_are_refused_naming_them() {
        String step = repeatToLength("Đọc kỹ hướng dẫn ", PosterText.MAX_LINE_LENGTH);
        PosterText wordy = new PosterText("QUÉT MÃ QR", List.of(step, step, step, step, step),
                "Hỏi nhân viên.", "Mã");
        PosterContent content = new PosterContent(NAME, "v-1", "Chợ", Optional.empty(),
                BEN_THANH.checkInUrl(), wordy);

        assertThatThrownBy(() -> RENDERER.render(content))
                .isInstanceOfSatisfying(InvalidPosterContentException.class,
                        e -> assertThat(e.field()).isEqualTo("instruction steps"))
                .hasMessageContaining("too long");
    }

    @Test
    void posters_rendered_on_several_threads_at_once_each_carry_their_own_venue() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> rendered = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                PosterContent venue = PosterContent.vietnamese("Quầy số " + i, "v-" + i, "Quầy", Optional.empty(), URL + i);
                rendered.add(pool.submit(() -> RENDERER.render(venue)));
            }
            for (int i = 0; i < 8; i++) {
                try (PDDocument document = Loader.loadPDF(rendered.get(i).get())) {
                    assertThat(new PDFTextStripper().getText(document)).contains("Quầy số " + i, "v-" + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** For a person to look at: target/poster/ holds the PDF and the page as the tests saw it. */
    @Test
    void a_sample_poster_and_its_printed_image_are_saved_under_target() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "poster"));
        Path pdfFile = Files.write(dir.resolve("cho-ben-thanh-a.pdf"), pdf);
        Path pngFile = dir.resolve("cho-ben-thanh-a-" + PrintedPoster.DPI + "dpi.png");
        assertThat(ImageIO.write(printed.image, "png", pngFile.toFile())).isTrue();

        assertThat(Files.readAllBytes(pdfFile)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(ImageIO.read(pngFile.toFile()).getWidth()).isEqualTo(printed.image.getWidth());
    }

    private static void assertQuietZoneClear(PrintedPoster poster, PrintedPoster.Outline qr) {
        // One pixel of slack on the inner side for anti-aliasing at the symbol's edge.
        int zone = Math.round(QrSymbol.QUIET_ZONE_MODULES * qr.moduleSize());
        assertThat(poster.darkPixelsIn(qr.left() - zone, qr.top() - zone, qr.right() + zone + 1, qr.top() - 1))
                .as("dark pixels above the QR").isZero();
        assertThat(poster.darkPixelsIn(qr.left() - zone, qr.bottom() + 2, qr.right() + zone + 1, qr.bottom() + zone + 1))
                .as("dark pixels below the QR").isZero();
        assertThat(poster.darkPixelsIn(qr.left() - zone, qr.top(), qr.left() - 1, qr.bottom() + 1))
                .as("dark pixels left of the QR").isZero();
        assertThat(poster.darkPixelsIn(qr.right() + 2, qr.top(), qr.right() + zone + 1, qr.bottom() + 1))
                .as("dark pixels right of the QR").isZero();
    }

    private static String repeatToLength(String phrase, int length) {
        return phrase.repeat(length / phrase.length() + 1).substring(0, length).strip();
    }
}
