package vn.qrgate.registry.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.domain.cards.CardFace;
import vn.qrgate.registry.domain.cards.InvalidCardContentException;

class PdfBoxCardRendererTest {

    private static final String DOCUMENT = "079203001234";
    private static final String NAME = "Nguyễn Thị Ánh Tuyết";
    private static final String ISSUER = "Trường THPT Lê Quý Đôn, Quận 3";
    private static final CardFace TUYET = face(DOCUMENT, NAME, Optional.of("Lớp 11A2"));

    private static final PdfBoxCardRenderer RENDERER = new PdfBoxCardRenderer();
    private static byte[] cardPdf;
    private static PrintedPoster printedCard;
    private static List<CardFace> eleven;
    private static byte[] sheetPdf;
    private static PrintedSheet printedSheet;

    @BeforeAll
    static void render() throws IOException {
        cardPdf = RENDERER.card(TUYET);
        printedCard = PrintedPoster.of(cardPdf);
        eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(face(String.format("0792030%05d", i), String.format("Trần Văn Đức Số %02d", i + 1),
                    i % 2 == 0 ? Optional.of("Tổ " + i) : Optional.empty()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.sheet(eleven, out);
        sheetPdf = out.toByteArray();
        printedSheet = PrintedSheet.of(sheetPdf);
    }

    @Test
    void a_card_is_one_page_of_100_by_70_mm_in_vietnamese() throws IOException {
        try (PDDocument document = Loader.loadPDF(cardPdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth() / CardFaceLayout.POINTS_PER_MM).isCloseTo(100f, within(0.01f));
            assertThat(document.getPage(0).getMediaBox().getHeight() / CardFaceLayout.POINTS_PER_MM).isCloseTo(70f, within(0.01f));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");
            assertThat(document.getDocumentInformation().getTitle()).doesNotContain(NAME);
        }
        assertThat(RENDERER.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void the_printed_card_scans_to_exactly_its_qg1_code() throws Exception {
        assertThat(printedCard.scan().getText()).isEqualTo(TUYET.code());
    }

    @Test
    void the_printed_qr_is_at_least_5_cm_square_with_its_four_module_quiet_zone_clear() throws Exception {
        PrintedPoster.Outline qr = printedCard.outline(printedCard.scan());

        PrintedPoster.assertSquareAtLeast(qr, 5.0);
        assertThat(qr.widthCm()).isCloseTo(CardFaceLayout.QR_SIDE_MM / 10, within(0.1));
        int zone = Math.round(CardQr.QUIET_ZONE_MODULES * qr.moduleSize());
        // One pixel of slack on the inner side for anti-aliasing at the symbol's edge.
        assertThat(printedCard.darkPixelsIn(qr.left() - zone, qr.top() - zone, qr.right() + zone + 1, qr.top() - 1)).isZero();
        assertThat(printedCard.darkPixelsIn(qr.left() - zone, qr.bottom() + 2, qr.right() + zone + 1, qr.bottom() + zone + 1)).isZero();
        assertThat(printedCard.darkPixelsIn(qr.left() - zone, qr.top(), qr.left() - 1, qr.bottom() + 1)).isZero();
        assertThat(printedCard.darkPixelsIn(qr.right() + 2, qr.top(), qr.right() + zone + 1, qr.bottom() + 1)).isZero();
    }

    @Test
    void the_card_shows_the_title_name_masked_number_issuer_validity_and_group() {
        assertThat(printedCard.lines()).startsWith("Mã QR cá nhân", "QR Gate (QG1)");
        assertThat(String.join(" ", printedCard.lines())).containsSubsequence(NAME, "Số giấy tờ: ******001234",
                "Đơn vị cấp: " + ISSUER, "Có giá trị đến: 31/05/2027", "Lớp / tổ: Lớp 11A2");
    }

    @Test
    void the_vietnamese_name_comes_back_from_the_pdf_text_exactly_in_nfc() {
        assertThat(Normalizer.isNormalized(printedCard.text, Normalizer.Form.NFC)).isTrue();
        assertThat(nameLines(printedCard.lines())).isEqualTo(NAME);
    }

    @Test
    void neither_the_document_number_nor_the_code_text_is_printed_as_text() {
        assertThat(printedCard.text).doesNotContain(DOCUMENT).doesNotContain("QG1:");
        assertThat(printedSheet.text).doesNotContain("079203000000").doesNotContain("QG1:");
    }

    @Test
    void a_card_without_a_group_has_no_group_line() throws IOException {
        PrintedPoster card = PrintedPoster.of(RENDERER.card(face(DOCUMENT, NAME, Optional.empty())));

        assertThat(card.text).doesNotContain("Lớp / tổ");
        assertThat(nameLines(card.lines())).isEqualTo(NAME);
        assertThat(card.lines()).last().asString().endsWith("31/05/2027");
    }

    @Test
    void the_longest_name_allowed_is_wrapped_whole_and_the_qr_still_scans_at_full_size() throws Exception {
        String longest = "Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Đặng Huyền Trân Công Tằng Tôn Nữ Minh Khai Phạm Bảo Ngọc Anh Thư";
        assertThat(longest.length()).isEqualTo(100);
        CardFace face = face(DOCUMENT, longest, Optional.of("Lớp Mười Hai Chuyên Toán Tin Khối A Một"));

        PrintedPoster card = PrintedPoster.of(RENDERER.card(face));

        assertThat(card.scan().getText()).isEqualTo(face.code());
        PrintedPoster.assertSquareAtLeast(card.outline(card.scan()), 5.0);
        assertThat(nameLines(card.lines())).isEqualTo(longest);
        assertThat(card.lines().indexOf("Số giấy tờ:") - card.lines().indexOf("QR Gate (QG1)")).isGreaterThan(3);
    }

    @Test
    void a_character_the_font_lacks_is_refused_naming_the_field_but_not_the_name() {
        CardFace chinese = face(DOCUMENT, "Lý Tiểu Long 麺", Optional.empty());

        assertThatThrownBy(() -> RENDERER.card(chinese))
                .isInstanceOfSatisfying(InvalidCardContentException.class, e -> assertThat(e.field()).isEqualTo("name"))
                .hasMessageContaining("U+9EBA")
                .hasMessageContaining("DejaVu Sans")
                .message().doesNotContain("Long");
    }

    @Test
    void an_issuer_too_long_for_its_place_is_refused_naming_it() {
        CardFace wordy = new CardFace(TUYET.code(), NAME, "******001234", "Sở Giáo dục và Đào tạo ".repeat(12),
                TUYET.validUntil(), Optional.empty());

        assertThatThrownBy(() -> RENDERER.card(wordy))
                .isInstanceOfSatisfying(InvalidCardContentException.class, e -> assertThat(e.field()).isEqualTo("issuer"))
                .hasMessageContaining("too long");
    }

    @Test
    void eleven_cards_fill_two_a4_portrait_pages_eight_then_three_numbered() throws IOException {
        try (PDDocument document = Loader.loadPDF(sheetPdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(1).getMediaBox().getWidth() / CardFaceLayout.POINTS_PER_MM).isCloseTo(210f, within(0.1f));
            assertThat(document.getPage(1).getMediaBox().getHeight() / CardFaceLayout.POINTS_PER_MM).isCloseTo(297f, within(0.1f));
        }
        assertThat(printedSheet.text).contains("Trang 1 / 2", "Trang 2 / 2");
        assertThat(printedSheet.cardCellBlank(1, 2)).isFalse();
        assertThat(printedSheet.cardCellBlank(1, 3)).isTrue();
    }

    @Test
    void every_card_on_the_sheet_scans_to_its_own_code_in_the_order_given() throws Exception {
        List<String> scanned = new ArrayList<>();
        for (int i = 0; i < eleven.size(); i++) {
            Result result = printedSheet.scanCard(i / CardSheetPage.CARDS_PER_PAGE, i % CardSheetPage.CARDS_PER_PAGE);
            scanned.add(result.getText());
        }
        assertThat(scanned).isEqualTo(eleven.stream().map(CardFace::code).toList());
    }

    @Test
    void every_qr_on_the_sheet_is_a_one_bit_image_printed_52_mm_square() {
        assertThat(printedSheet.drawnImages).hasSize(11).allSatisfy(image -> {
            assertThat(image.bitsPerComponent()).isEqualTo(1);
            assertThat(image.widthMm()).isGreaterThanOrEqualTo(50).isCloseTo(52, within(0.01));
            assertThat(image.heightMm()).isGreaterThanOrEqualTo(50).isCloseTo(52, within(0.01));
        });
    }

    @Test
    void the_sheet_shows_every_name_in_the_order_given() {
        String text = String.join(" ", printedSheet.text.lines().map(String::strip).toList());
        assertThat(text).containsSubsequence(eleven.stream().map(CardFace::name).toList());
    }

    @Test
    void the_sheet_text_is_set_in_embedded_subsets_of_dejavu_sans() throws IOException {
        try (PDDocument document = Loader.loadPDF(sheetPdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName key : resources.getFontNames()) {
                PDFont font = resources.getFont(key);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                names.add(font.getName());
            }
            assertThat(names).hasSize(2).allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
        }
        // Subsets: the two whole font files are 1.4 MB.
        assertThat(sheetPdf.length).isLessThan(150_000);
    }

    @Test
    void an_empty_sheet_is_refused() {
        assertThatThrownBy(() -> RENDERER.sheet(List.of(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no cards to lay out");
    }

    @Test
    void a_card_that_cannot_be_printed_stops_the_sheet_naming_the_field_and_its_place_in_the_list() {
        List<CardFace> faces = new ArrayList<>(eleven);
        faces.set(9, face(DOCUMENT, "Lý Tiểu Long 麺", Optional.empty()));

        assertThatThrownBy(() -> RENDERER.sheet(faces, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(InvalidCardContentException.class, e -> assertThat(e.field()).isEqualTo("name"))
                .hasMessageContaining("card 10 in the list");
    }

    /** For a person to look at: target/cards/ holds the PDFs and the pages as the tests saw them. */
    @Test
    void a_sample_card_and_sheet_and_their_printed_images_are_saved_under_target() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "cards"));
        Files.write(dir.resolve("card.pdf"), cardPdf);
        Path sheetFile = Files.write(dir.resolve("sheet.pdf"), sheetPdf);
        assertThat(ImageIO.write(printedCard.image, "png", dir.resolve("card-" + PrintedPoster.DPI + "dpi.png").toFile())).isTrue();
        assertThat(ImageIO.write(printedSheet.images.get(0), "png", dir.resolve("sheet-page-1-" + PrintedSheet.DPI + "dpi.png").toFile())).isTrue();

        assertThat(Files.readAllBytes(sheetFile)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    /** The name as printed: the lines between the title and the document number, joined. */
    private static String nameLines(List<String> lines) {
        return String.join(" ", lines.subList(lines.indexOf("QR Gate (QG1)") + 1, lines.indexOf("Số giấy tờ:")));
    }

    /**
     * A realistic QG1 text: the claims as base64url JSON, padded with JSON whitespace to at least 220
     * bytes (the size of claims with a long name), and 64 bytes standing for the signature.
     */
    static CardFace face(String document, String name, Optional<String> group) {
        String claims = "{\"kid\":\"registry-2026-11\",\"sub\":\"" + document + "\",\"name\":\"" + name
                + "\",\"dob\":\"2003-04-17\",\"iat\":1795939200,\"exp\":1827475200}";
        byte[] claimBytes = claims.getBytes(StandardCharsets.UTF_8);
        claimBytes = (claims + " ".repeat(Math.max(0, 220 - claimBytes.length))).getBytes(StandardCharsets.UTF_8);
        byte[] signature = new byte[64];
        new Random(document.hashCode()).nextBytes(signature);
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String code = "QG1:" + base64url.encodeToString(claimBytes) + "." + base64url.encodeToString(signature);
        String masked = "******" + document.substring(6);
        return new CardFace(code, name, masked, ISSUER, LocalDate.of(2027, 5, 31), group);
    }
}
