package vn.qrgate.registry.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/** GET /api/v1/venues/{code}/poster.pdf from a real registry, its QR read back from the rendered page. */
class PosterDownloadApiTest {

    @TempDir
    Path dir;

    private static String register(TestRegistry registry) {
        HttpResponse<String> created = registry.request("POST", "/api/v1/venues", Tokens.ADMIN, "{\"name\":\"Chợ Hàn\","
                + "\"type\":\"market\",\"address\":\"119 Trần Phú\",\"area\":\"20236\",\"ownerPhone\":\"0905123456\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return "V48-000001";
    }

    private static HttpResponse<byte[]> download(TestRegistry registry, String code, String token) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                registry.uri("/api/v1/venues/" + code + "/poster.pdf")).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_poster_qr_opens_the_self_check_in_page_at_the_public_url() throws Exception {
        try (TestRegistry registry = TestRegistry.start(TestRegistry.config(dir).withHttp(
                vn.qrgate.registry.config.HttpSettings.anyFreePort().withPublicUrl(URI.create("https://qrgate.danang.gov.vn"))))) {
            registry.importAreas(AreaFiles.DA_NANG_2021);
            String code = register(registry);

            HttpResponse<byte[]> pdf = download(registry, code, Tokens.ADMIN);

            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            PrintedPoster poster = PrintedPoster.of(pdf.body());
            assertThat(poster.scan().getText()).isEqualTo("https://qrgate.danang.gov.vn/c/" + code);
            assertThat(poster.text).contains("Chợ Hàn", code);
            assertThat(download(registry, code, Tokens.STAFF).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void without_a_public_url_the_qr_holds_the_registrys_own_address() throws Exception {
        try (TestRegistry registry = TestRegistry.start(TestRegistry.config(dir))) {
            registry.importAreas(AreaFiles.DA_NANG_2021);
            String code = register(registry);

            PrintedPoster poster = PrintedPoster.of(download(registry, code, Tokens.ADMIN).body());

            assertThat(poster.scan().getText()).isEqualTo(registry.server().baseUri() + "/c/" + code);
        }
    }
}
