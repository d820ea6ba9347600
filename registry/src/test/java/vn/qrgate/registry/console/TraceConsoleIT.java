package vn.qrgate.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.Tokens;

/** A health tracer finds a person's visits in the console; the query lands in the admin's audit log page. */
class TraceConsoleIT {

    @TempDir
    Path dir;

    private ConsoleWorld world;
    private ConsoleBrowser browser;

    @BeforeEach
    void start() throws Exception {
        world = ConsoleWorld.start(dir);
        browser = world.browser();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        world.close();
    }

    @Test
    void a_health_tracer_finds_the_visits_of_a_person_and_the_admin_sees_the_query_in_the_audit_log() {
        world.checkIn(world.hospital());
        browser.sessionToken(Tokens.TRACER).open("/console/#/trace");

        assertThat(browser.byTestId("trace-audit-notice").getText()).contains("nhật ký truy cập");
        browser.type("trace-document", TestEvents.PERSON_NUMBER).click("trace-person-run");

        browser.byTestId("trace-person-table");
        assertThat(browser.text(By.cssSelector("[data-testid='trace-person-table'] tbody")))
                .contains(world.code(world.hospital()), TestEvents.PERSON_NUMBER);
        assertThat(browser.byTestId("trace-person-table-count").getText()).isEqualTo("1 kết quả");
        assertThat(browser.byTestId("trace-person-table-csv").getAttribute("href"))
                .contains("/api/v1/trace/person?document=" + TestEvents.PERSON_NUMBER, "&format=csv");
        browser.screenshot("trace");

        browser.sessionToken(Tokens.ADMIN).open("/console/#/audit");
        browser.byTestId("audit-table");
        assertThat(browser.text(By.cssSelector("[data-testid='audit-table'] tbody")))
                .contains("tracer", "Truy vết người", TestEvents.PERSON_NUMBER);
    }

    @Test
    void a_bad_document_number_is_explained_beside_the_form() {
        browser.sessionToken(Tokens.TRACER).open("/console/#/trace");

        browser.type("trace-document", "12-34").click("trace-person-run");

        assertThat(browser.byTestId("trace-person-error").getText()).contains("document", "letters and digits");
    }

    @Test
    void a_venue_official_has_no_trace_page() {
        browser.sessionToken(ConsoleWorld.OFFICIAL_TOKEN).open("/console/#/trace");

        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Không được phép");
        assertThat(browser.all(By.id("nav-trace"))).isEmpty();
    }
}
