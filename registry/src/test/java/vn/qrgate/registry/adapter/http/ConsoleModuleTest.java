package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.testing.TestRegistry;

/** The console's files over real HTTP, and the ways that lead there. */
class ConsoleModuleTest {

    @TempDir
    Path dir;

    private TestRegistry registry;

    @BeforeEach
    void start() {
        registry = TestRegistry.start(dir);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private HttpResponse<String> get(String path) {
        return TestRegistry.send(HttpRequest.newBuilder(registry.uri(path)).GET().build());
    }

    @Test
    void the_registry_root_redirects_to_the_console() {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isBetween(301, 308);
        assertThat(response.headers().firstValue("Location")).hasValue("/console/");
    }

    @Test
    void the_console_without_its_slash_is_the_same_page() {
        HttpResponse<String> response = get("/console");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(get("/console/").body()).contains("/console/js/app.js");
    }

    @Test
    void the_console_page_its_script_and_both_dictionaries_are_served() {
        HttpResponse<String> page = get("/console/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<main id=\"view\"", "/console/js/app.js");

        HttpResponse<String> script = get("/console/js/app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));

        assertThat(get("/console/i18n/vi.json").body()).contains("\"login.title\": \"Đăng nhập\"");
        assertThat(get("/console/i18n/en.json").body()).contains("\"login.title\": \"Log in\"");
    }

    @Test
    void a_missing_console_file_is_a_404() {
        assertThat(get("/console/js/nothing-here.js").statusCode()).isEqualTo(404);
    }
}
