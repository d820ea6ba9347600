package vn.qrgate.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** An official registers a venue through the console's form and downloads its poster. */
class VenueConsoleIT {

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
    void a_district_official_registers_a_venue_in_a_ward_and_downloads_its_pdf_poster() {
        browser.sessionToken(ConsoleWorld.OFFICIAL_TOKEN).open("/console/#/venues");
        browser.byTestId("venues-table");
        browser.screenshot("venues");
        browser.click("venue-new-link");

        browser.type("venue-name", "Nhà hàng Biển Xanh").type("venue-address", "12 Bạch Đằng, Hải Châu")
                .choose("venue-type", "Nhà hàng, quán ăn")
                .choose("venue-area-1", ConsoleWorld.WARD_NAME)
                .type("venue-owner-phone", "0905123456")
                .click("venue-submit");

        browser.waitUntil(d -> d.findElement(By.id("venue-title")).getText().equals("Nhà hàng Biển Xanh"));
        String code = browser.text(By.id("venue-code"));
        assertThat(code).matches("V48-\\d{6}");
        browser.screenshot("venue-poster");

        String href = browser.byId("poster-link").getAttribute("href");
        assertThat(href).endsWith("/api/v1/venues/" + code + "/poster.pdf");
        @SuppressWarnings("unchecked")
        List<Object> poster = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async r => done([r.status, r.headers.get('Content-Type'),"
                        + " new TextDecoder('latin1').decode((await r.arrayBuffer()).slice(0, 5))]));", href);
        assertThat(poster).containsExactly(200L, "application/pdf", "%PDF-");

        browser.open("/console/#/venues");
        assertThat(browser.text(By.cssSelector("[data-testid='venues-table'] tbody"))).contains(code, "Nhà hàng Biển Xanh");
    }

    @Test
    void a_refused_registration_shows_the_api_reason_beside_the_form() {
        browser.sessionToken(ConsoleWorld.OFFICIAL_TOKEN).open("/console/#/venues/new");

        browser.type("venue-name", "Quán không địa bàn").type("venue-address", "1 Lê Lợi")
                .choose("venue-type", "Nhà hàng, quán ăn")
                .type("venue-owner-phone", "12345")
                .click("venue-submit");

        assertThat(browser.byTestId("venue-new-error").getText()).isNotBlank();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/venues/new");
    }
}
