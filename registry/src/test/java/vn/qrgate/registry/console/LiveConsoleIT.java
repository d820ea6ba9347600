package vn.qrgate.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.Tokens;

/**
 * The live in/out list in the browser: a check-in delivered through the ingest API appears masked
 * within seconds; the full view shows it whole, says it is audited, and the admin finds it in the log.
 */
class LiveConsoleIT {

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

    private static final String MARKET_STAFF = "0905222333";

    private int inside() {
        return Integer.parseInt(browser.byTestId("inside-count").getText());
    }

    @Test
    void a_check_in_appears_masked_at_the_top_of_the_live_list_within_seconds() {
        String venue = world.code(world.market());
        browser.sessionToken(world.staffSession(world.market(), MARKET_STAFF)).open("/console/#/live/" + venue);
        browser.waitUntil(d -> d.findElement(By.id("live-status")).getText().equals("Đang cập nhật trực tiếp"));
        int before = inside();

        world.checkIn(world.market());

        browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-testid='live-entry']")).isEmpty(),
                Duration.ofSeconds(5));
        String entry = browser.text(By.cssSelector("[data-testid='live-entry']"));
        assertThat(entry).contains(TestEvents.PERSON_MASKED_NUMBER, TestEvents.PERSON_MASKED_NAME, "VÀO");
        assertThat(inside()).isEqualTo(before + 1);
        assertThat(browser.pageSource()).doesNotContain(TestEvents.PERSON_NUMBER).doesNotContain("Trần Thị Bình");
        browser.screenshot("live-masked");
    }

    @Test
    void an_official_is_told_why_the_live_list_is_not_theirs() {
        browser.sessionToken(ConsoleWorld.OFFICIAL_TOKEN).open("/console/#/live/" + world.code(world.market()));

        assertThat(browser.byTestId("live-error").getText()).contains("district-official");
        assertThat(browser.all(By.cssSelector("[data-testid='live-entry']"))).isEmpty();
    }

    @Test
    void the_full_view_at_a_market_is_refused_with_the_reason_shown() {
        world.checkIn(world.market());
        browser.sessionToken(world.staffSession(world.market(), MARKET_STAFF)).open("/console/#/live/" + world.code(world.market()));
        browser.byTestId("live-entry");
        browser.click("full-view");

        assertThat(browser.byTestId("live-error").getText()).contains("full view");
        assertThat(browser.pageSource()).doesNotContain(TestEvents.PERSON_NUMBER);
    }

    @Test
    void a_health_tracer_opens_the_full_view_and_the_admin_finds_it_in_the_audit_log() {
        world.checkIn(world.hospital());
        String venue = world.code(world.hospital());
        browser.sessionToken(Tokens.TRACER).open("/console/#/live/" + venue);
        browser.byTestId("live-entry");
        browser.click("full-view");

        assertThat(browser.byTestId("audit-notice").getText()).contains("nhật ký truy cập");
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-testid='live-entry']")).getText()
                .contains(TestEvents.PERSON_NUMBER));
        browser.screenshot("live-full");

        browser.sessionToken(Tokens.ADMIN).open("/console/#/audit");
        browser.byTestId("audit-table");
        assertThat(browser.all(By.cssSelector("[data-testid='audit-table'] tr[data-kind='FULL_VIEW']")))
                .anySatisfy(row -> assertThat(row.getText()).contains("tracer", venue));
        browser.screenshot("audit");
    }

    @Test
    void a_visitor_checks_in_on_the_poster_page_by_phone_and_staff_see_it_masked_in_the_live_list() {
        String venue = world.code(world.market());
        browser.narrow().open("/c/" + venue);
        browser.waitUntil(d -> d.findElement(By.id("venue")).getText().contains("Chợ Hàn"));
        browser.type("name", "Nguyễn Văn An").type("phone", "0905777888").type("documentNumber", "048095001122");
        browser.screenshot("self-checkin");
        browser.click("submit");
        browser.byId("done");

        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.sessionToken(world.staffSession(world.market(), MARKET_STAFF)).open("/console/#/live/" + venue);
        String entry = browser.text(By.cssSelector("[data-testid='live-entry']"));
        assertThat(entry).contains("******001122", "VÀO").doesNotContain("Nguyễn Văn An");
        assertThat(browser.pageSource()).doesNotContain("048095001122").doesNotContain("0905777888");
    }
}
