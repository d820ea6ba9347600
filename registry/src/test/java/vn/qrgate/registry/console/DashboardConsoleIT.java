package vn.qrgate.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A district official reads the district's dashboard: totals, one row per ward, charts, wards without scans. */
class DashboardConsoleIT {

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
    void a_district_official_sees_the_district_totals_its_wards_and_the_charts() {
        world.checkIn(world.hospital());
        world.checkIn(world.market());
        browser.sessionToken(ConsoleWorld.OFFICIAL_TOKEN).open("/console/");

        browser.byTestId("dashboard-page");
        assertThat(browser.text(By.id("stats-heading"))).startsWith(ConsoleWorld.DISTRICT_NAME);
        browser.waitUntil(d -> d.findElement(By.id("total-scans")).getText().equals("2"));
        assertThat(browser.text(By.id("total-venues"))).isEqualTo("2");

        WebElement ward = browser.waitFor(By.cssSelector("[data-testid='stats-children'] tr[data-area='" + ConsoleWorld.WARD + "']"));
        assertThat(ward.getText()).startsWith(ConsoleWorld.WARD_NAME).contains("2");
        int wards = browser.all(By.cssSelector("[data-testid='stats-children'] tbody tr")).size();
        assertThat(wards).isGreaterThan(1);
        assertThat(browser.all(By.cssSelector("[data-testid='stats-without-scans'] li"))).hasSize(wards - 1);

        assertThat(browser.all(By.cssSelector("svg[data-testid='chart-children'] rect.bar"))).hasSize(wards);
        assertThat(browser.all(By.cssSelector("svg[data-testid='chart-daily'] circle.dot"))).hasSize(7);
        browser.screenshot("dashboard");
    }

    @Test
    void the_dashboard_fits_a_360_pixel_phone() {
        browser.narrow().sessionToken(ConsoleWorld.OFFICIAL_TOKEN).open("/console/#/dashboard");
        browser.byId("stats-heading");

        Object wide = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
                ? js.executeScript("return document.body.scrollWidth") : null;
        assertThat(((Number) wide).intValue()).isLessThanOrEqualTo(360);
    }
}
