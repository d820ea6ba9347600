package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.SigningKeys;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/** Bulk uploads over real HTTP: one bad row, the report, the sheet, the same file again. */
class CardBatchesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Row 5 (the header is row 1) gives a birth year the CCCD number does not have.
    private static final String CLASS_LIST = "so_giay_to,ho_ten,ngay_sinh,lop\n"
            + "048210000001,Nguyễn Văn An,2010-03-01,10A1\n"
            + "048210000002,Trần Thị Bình,02/04/2010,10A1\n"
            + "048210000003,Lê Văn Cường,2010-05-03,10A1\n"
            + "048210000004,Phạm Thị Dung,2011-06-04,10A1\n"
            + "048210000005,Hoàng Văn Em,2010-07-05,10A1\n"
            + "048210000006,Vũ Thị Giang,2010-08-06,10A1\n";

    @TempDir
    Path dir;

    private TestRegistry registry;
    private String ward;

    @BeforeEach
    void start() throws Exception {
        registry = TestRegistry.start(TestRegistry.config(dir).withSigning(SigningKeys.in(dir)));
        registry.importAreas(AreaFiles.DA_NANG_2021);
        registry.putAccount("0905000001", Role.WARD_OFFICIAL, "20236");
        ward = registry.login("0905000001");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private HttpResponse<String> upload(String token, String csv) {
        return TestRegistry.send(HttpRequest.newBuilder(registry.uri("/api/v1/card-batches"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
    }

    private JsonNode finished(String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                JSON.readTree(registry.get("/api/v1/card-batches/" + id, ward).body()),
                b -> b.get("state").asText().equals("done") || b.get("state").asText().equals("failed"));
    }

    @Test
    void a_list_with_one_bad_row_issues_the_good_rows_reports_the_bad_one_and_lays_out_the_cards() throws Exception {
        HttpResponse<String> accepted = upload(ward, CLASS_LIST);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode batch = JSON.readTree(accepted.body());
        assertThat(batch.get("rows").asInt()).isEqualTo(6);
        assertThat(batch.get("good").asInt()).isEqualTo(5);
        assertThat(batch.get("bad").asInt()).isEqualTo(1);
        assertThat(batch.get("problems").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(batch.get("problems").get(0).get("column").asText()).isEqualTo("ngay_sinh");
        String id = batch.get("id").asText();

        JsonNode done = finished(id);
        assertThat(done.get("state").asText()).isEqualTo("done");
        assertThat(done.get("issued").asInt()).isEqualTo(5);
        assertThat(done.get("done").asInt()).isEqualTo(5);

        String report = registry.get("/api/v1/card-batches/" + id + "/errors.csv", ward).body();
        assertThat(report).contains("row,column,reason").contains("5,ngay_sinh,").doesNotContain("048210000004");
        HttpResponse<byte[]> pdf = TestRegistry.sendBytes(HttpRequest.newBuilder(registry.uri("/api/v1/card-batches/" + id
                + "/cards.pdf")).header("Authorization", "Bearer " + ward).build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument sheet = Loader.loadPDF(pdf.body())) {
            assertThat(sheet.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(JSON.readTree(registry.get("/api/v1/cards?limit=200", ward).body()).get("cards")).hasSize(5);
    }

    @Test
    void the_same_file_uploaded_again_issues_nothing_twice() throws Exception {
        finished(JSON.readTree(upload(ward, CLASS_LIST).body()).get("id").asText());

        JsonNode again = finished(JSON.readTree(upload(ward, CLASS_LIST).body()).get("id").asText());

        assertThat(again.get("issued").asInt()).isZero();
        assertThat(again.get("reused").asInt()).isEqualTo(5);
        assertThat(JSON.readTree(registry.get("/api/v1/cards?limit=200", ward).body()).get("cards")).hasSize(5);
    }

    @Test
    void a_file_without_a_required_column_is_refused_whole_naming_the_column() throws Exception {
        HttpResponse<String> refused = upload(ward, "so_giay_to,ho_ten\n048210000001,Nguyễn Văn An\n");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("problems").get(0).get("reason").asText()).containsIgnoringCase("ngay_sinh");
    }

    @Test
    void only_issuers_upload_and_only_the_uploader_or_an_admin_sees_the_batch() throws Exception {
        assertThat(upload(Tokens.STAFF, CLASS_LIST).statusCode()).isEqualTo(403);
        String id = JSON.readTree(upload(ward, CLASS_LIST).body()).get("id").asText();
        registry.putAccount("0905000002", Role.WARD_OFFICIAL, "20236");
        String other = registry.login("0905000002");

        assertThat(registry.get("/api/v1/card-batches/" + id, other).statusCode()).isEqualTo(403);
        assertThat(registry.get("/api/v1/card-batches/" + id, Tokens.ADMIN).statusCode()).isEqualTo(200);
        assertThat(registry.get("/api/v1/card-batches/no-such-batch", ward).statusCode()).isEqualTo(404);
        finished(id);
    }
}
