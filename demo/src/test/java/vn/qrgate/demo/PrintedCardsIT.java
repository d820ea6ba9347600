package vn.qrgate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.adapter.keys.KeyFiles;
import vn.qrgate.registry.adapter.pdf.PdfBoxCardRenderer;
import vn.qrgate.registry.app.CardIssuing;
import vn.qrgate.registry.app.RegistryServer;
import vn.qrgate.registry.cli.RegistryMain;
import vn.qrgate.registry.config.ConfigLoad;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.config.RegistryConfigLoader;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.cards.CardFace;
import vn.qrgate.registry.domain.cards.CardRow;
import vn.qrgate.registry.domain.cards.IssueOutcome;
import vn.qrgate.registry.domain.cards.Issuer;

/**
 * Issue 8 point 6: QG1 cards go from the registry to paper and back through a gate. The key is made and
 * the trust list exported with the registry's own CLI; cards are issued and downloaded over a real
 * registry's HTTP API (or laid out on A4 sheets as a bulk upload does); every PDF page is "printed" at
 * 150 DPI (a plain office printer or scanner); the reader's own tools, in this JVM, decode the images as
 * its camera does ({@code decode-image}) and judge the codes with the exported list ({@code inspect}).
 */
class PrintedCardsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DPI = 150;
    private static final String ISSUER_TOKEN = "print-school-token-0123456789";
    private static final String GATEWAY_TOKEN = "print-gateway-token-0123456789";
    private static final String SCHOOL = "Trường THCS Thử Nghiệm";

    // The A4 sheet as CardSheetPage lays it out (its constants are package-private): 2 columns × 4 rows of
    // 100 × 70 mm cards, edge to edge, 5 mm from the left edge and 7 mm from the top.
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final double CARD_WIDTH_MM = 100;
    private static final double CARD_HEIGHT_MM = 70;
    private static final double GRID_LEFT_MM = 5;
    private static final double GRID_TOP_MM = 7;
    /** Cut 1 mm inside the cut lines, as scissors would. */
    private static final double INSET_MM = 1;

    /** A synthetic person and what a gate's masked view of them must read. */
    record Person(String document, String name, LocalDate birthDate, String maskedName) {

        String json() {
            return "{\"document\":\"" + document + "\",\"name\":\"" + name + "\",\"birthDate\":\"" + birthDate + "\"}";
        }

        CardRow row() {
            return new CardRow(document, name, birthDate, Optional.empty(), Optional.of("Lớp 6A"));
        }
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("048190001234", "Nguyễn Thị Hoa", LocalDate.of(1990, 7, 5), "N. T. HOA"),
            new Person("079085004321", "Trần Văn Bình", LocalDate.of(1985, 2, 14), "T. V. BÌNH"),
            new Person("001305000777", "Lê Minh Châu", LocalDate.of(2005, 11, 30), "L. M. CHÂU"));

    private static final List<Person> PUPILS = List.of(
            pupil(1, "Phạm Gia An", "P. G. AN"), pupil(2, "Hoàng Thị Bích", "H. T. BÍCH"),
            pupil(3, "Võ Minh Cường", "V. M. CƯỜNG"), pupil(4, "Đặng Thu Dung", "Đ. T. DUNG"),
            pupil(5, "Bùi Quốc Em", "B. Q. EM"), pupil(6, "Ngô Thị Giang", "N. T. GIANG"),
            pupil(7, "Dương Văn Hải", "D. V. HẢI"), pupil(8, "Lý Ngọc Hân", "L. N. HÂN"),
            pupil(9, "Trịnh Đức Khang", "T. Đ. KHANG"), pupil(10, "Mai Thị Lan", "M. T. LAN"));

    private static Person pupil(int n, String name, String maskedName) {
        return new Person(String.format("048210%06d", n), name, LocalDate.of(2010, 3, n), maskedName);
    }

    // One key, one trust list and one registry for the class: making a key and starting a registry are the
    // slow part, and each test uses its own people or store, apart from re-issuing, which the others tolerate.
    @TempDir
    static Path dir;

    private static Path config;
    private static Path trust;
    private static RegistryServer registry;
    /** Font layout and HTTP plumbing log thousands of DEBUG lines per sheet; quiet them for this class only. */
    private static final List<String> CHATTY = List.of("org.apache.fontbox", "org.apache.pdfbox", "org.eclipse.jetty");
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void make_a_key_export_the_trust_list_and_start_the_registry() throws Exception {
        CHATTY.forEach(name -> logger(name).setLevel(Level.INFO));
        Files.writeString(dir.resolve("signing.pass"), "correct horse battery staple\n");
        java.nio.file.Files.setPosixFilePermissions(dir.resolve("signing.pass"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        config = Files.writeString(dir.resolve("registry.yaml"), """
                http: { host: 127.0.0.1, port: 0 }
                store: { kind: sqlite, path: registry.db }
                gateways: [ { id: print-gateway, token: "%s" } ]
                accounts: [ { id: print-school, role: card-issuer, token: "%s" } ]
                signing: { passphraseFile: signing.pass, issuerName: "%s" }
                """.formatted(GATEWAY_TOKEN, ISSUER_TOKEN, SCHOOL));
        registryCli("keys", "rotate", "--config", config.toString());
        trust = Files.writeString(dir.resolve("exported.jwks"), registryCli("keys", "export-trust", "--config",
                config.toString()));
        registry = RegistryServer.start(loadConfig(), Clock.systemUTC(), (to, text) -> { });
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
        CHATTY.forEach(name -> logger(name).setLevel(null));
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }

    @Test
    void cards_downloaded_from_the_api_and_printed_decode_and_verify_with_the_exported_trust_list() throws Exception {
        List<String> issued = new ArrayList<>();
        List<Path> prints = new ArrayList<>();
        for (int i = 0; i < PEOPLE.size(); i++) {
            JsonNode card = issue(PEOPLE.get(i));
            issued.add(card.get("code").asText());
            prints.addAll(print(download(card.get("id").asText()), "card-" + i));
        }

        List<String> decoded = ReaderTools.decode(prints);

        assertThat(prints).as("one page per card").hasSize(PEOPLE.size());
        assertThat(decoded).as("decoded codes, in card order").isEqualTo(issued);
        List<JsonNode> verdicts = ReaderTools.inspect(trust, decoded);
        for (int i = 0; i < PEOPLE.size(); i++) {
            assertAcceptedAs(verdicts.get(i), PEOPLE.get(i), "card " + i);
        }
    }

    @Test
    void every_card_cut_out_of_a_printed_a4_sheet_decodes_and_verifies() throws Exception {
        RegistryConfig settings = loadConfig();
        List<CardFace> faces = new ArrayList<>();
        try (JdbcStores stores = JdbcStores.open(StoreConfig.Sqlite.at(dir.resolve("bulk.db")), Clock.systemUTC())) {
            CardIssuing issuing = new CardIssuing(stores.cards(), KeyFiles.store(settings.signing(), Map.of()),
                    Clock.systemUTC());
            List<IssueOutcome> outcomes = issuing.issueAll(PUPILS.stream().map(Person::row).toList(),
                    new Issuer("print-school", SCHOOL), Duration.ofDays(365), "class-6a", n -> { });
            outcomes.forEach(o -> faces.add(o.card().face(Defaults.LOCAL_ZONE)));
        }
        Path sheet = dir.resolve("sheet.pdf");
        try (var out = Files.newOutputStream(sheet)) {
            new PdfBoxCardRenderer().sheet(faces, out);
        }

        List<Path> pages = print(Files.readAllBytes(sheet), "sheet");
        List<Path> cards = new ArrayList<>();
        List<Path> emptyCells = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            BufferedImage page = ImageIO.read(pages.get(p).toFile());
            assertThat(page.getWidth()).as("A4 width at %d DPI", DPI)
                    .isEqualTo(px(PDRectangle.A4.getWidth() * 25.4 / 72));
            for (int slot = 0; slot < COLUMNS * ROWS; slot++) {
                int i = p * COLUMNS * ROWS + slot;
                (i < faces.size() ? cards : emptyCells).add(cutCell(page, slot, "cell-" + i));
            }
        }

        assertThat(pages).as("8 cards on the first page, 2 on the second").hasSize(2);
        List<String> decoded = ReaderTools.decode(cards);
        assertThat(decoded).as("decoded codes, in sheet order").isEqualTo(faces.stream().map(CardFace::code).toList());
        List<JsonNode> verdicts = ReaderTools.inspect(trust, decoded);
        for (int i = 0; i < PUPILS.size(); i++) {
            assertAcceptedAs(verdicts.get(i), PUPILS.get(i), "sheet card " + i);
        }
        // The cut is the card's alone: the empty places after the last card hold no code.
        assertThat(ReaderTools.decodeOrNull(emptyCells)).as("empty places on the last page").allMatch(JsonNode::isNull);
    }

    @Test
    void a_printed_card_replaced_by_a_new_one_is_refused_as_revoked_with_the_gateways_revocation_list()
            throws Exception {
        Person person = PEOPLE.get(0);
        String firstId = issue(person).get("id").asText();
        List<Path> firstPrint = print(download(firstId), "first");
        HttpResponse<String> reissue = post("/api/v1/cards", person.json());
        assertThat(reissue.statusCode()).as("re-issue status").isEqualTo(201);
        JsonNode second = JSON.readTree(reissue.body());
        assertThat(second.get("replaced").asText()).isEqualTo(firstId);
        List<Path> secondPrint = print(download(second.get("card").get("id").asText()), "second");
        HttpResponse<String> revocations = http.send(HttpRequest.newBuilder(uri("/api/v1/revocations"))
                .header("Authorization", "Bearer " + GATEWAY_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revocations.statusCode()).as("revocation list status").isEqualTo(200);
        Path revoked = Files.writeString(dir.resolve("revocations.json"), revocations.body());

        List<String> decoded = ReaderTools.decode(List.of(firstPrint.get(0), secondPrint.get(0)));
        List<JsonNode> verdicts = ReaderTools.inspect(trust, decoded, "--revoked", revoked.toString());

        assertThat(verdicts.get(0).get("decision").asText()).as("first card").isEqualTo("REJECTED");
        assertThat(verdicts.get(0).get("reason").asText()).as("first card").isEqualTo("REVOKED");
        assertThat(verdicts.get(0).get("masked").isNull()).as("a refused card shows no one").isTrue();
        assertAcceptedAs(verdicts.get(1), person, "second card");
        // Without the revocation list the old print still verifies: the list is what refuses it.
        assertThat(ReaderTools.inspect(trust, decoded.subList(0, 1)).get(0).get("decision").asText())
                .isEqualTo("ACCEPTED");
    }

    private static void assertAcceptedAs(JsonNode verdict, Person person, String which) {
        assertThat(verdict.get("kind").asText()).as(which + " kind").isEqualTo("QG1");
        assertThat(verdict.get("decision").asText()).as(which + " decision (reason %s)", verdict.get("reason"))
                .isEqualTo("ACCEPTED");
        assertThat(verdict.get("warnings")).as(which + " warnings").isEmpty();
        JsonNode masked = verdict.get("masked");
        assertThat(masked.get("documentNumber").asText()).as(which + " masked number")
                .isEqualTo("******" + person.document().substring(6));
        assertThat(masked.get("name").asText()).as(which + " masked name").isEqualTo(person.maskedName());
        assertThat(masked.get("birthDate").asText()).as(which + " masked birth date")
                .isEqualTo("**/**/" + person.birthDate().getYear());
    }

    // --- the registry: its CLI and its API ---

    private static RegistryConfig loadConfig() {
        ConfigLoad load = RegistryConfigLoader.withSystemEnv().load(config);
        assertThat(load).as("config: %s", load).isInstanceOf(ConfigLoad.Valid.class);
        return ((ConfigLoad.Valid) load).config();
    }

    /** The registry's command line in this JVM; its standard output. */
    private static String registryCli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = RegistryMain.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        assertThat(status).as("%s %s: %s", args[0], args[1], err).isZero();
        return out.toString();
    }

    private JsonNode issue(Person person) throws Exception {
        HttpResponse<String> answer = post("/api/v1/cards", person.json());
        assertThat(answer.statusCode()).as("issue status: %s", answer.statusCode()).isEqualTo(201);
        return JSON.readTree(answer.body()).get("card");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + ISSUER_TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private byte[] download(String id) throws Exception {
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri("/api/v1/cards/" + id + "/card.pdf"))
                .header("Authorization", "Bearer " + ISSUER_TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as("card.pdf status").isEqualTo(200);
        return pdf.body();
    }

    private static URI uri(String path) {
        return registry.baseUri().resolve(path);
    }

    // --- paper: printing and cutting ---

    /** Every page of the PDF as a grey PNG at {@link #DPI}, the way a scanner hands it over. */
    private static List<Path> print(byte[] pdf, String name) throws Exception {
        List<Path> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                Path png = dir.resolve(name + "-page-" + i + ".png");
                ImageIO.write(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY), "png", png.toFile());
                pages.add(png);
            }
        }
        return pages;
    }

    /** The place of card {@code slot} (0 top left, 1 top right, 2 second row left, …) cut out of a printed A4 page. */
    private static Path cutCell(BufferedImage image, int slot, String name) throws Exception {
        int left = px(GRID_LEFT_MM + (slot % COLUMNS) * CARD_WIDTH_MM + INSET_MM);
        int top = px(GRID_TOP_MM + (slot / COLUMNS) * CARD_HEIGHT_MM + INSET_MM);
        Path png = dir.resolve(name + ".png");
        ImageIO.write(image.getSubimage(left, top, px(CARD_WIDTH_MM - 2 * INSET_MM), px(CARD_HEIGHT_MM - 2 * INSET_MM)),
                "png", png.toFile());
        return png;
    }

    private static int px(double mm) {
        return (int) Math.round(mm * DPI / 25.4);
    }
}
