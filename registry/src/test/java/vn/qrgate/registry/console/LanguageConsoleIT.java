package vn.qrgate.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.qrgate.registry.testing.TestRegistry;

/** The console in a real headless Chromium: Vietnamese first, English on request, kept across visits. */
class LanguageConsoleIT {

    @TempDir
    Path dir;

    private TestRegistry registry;
    private ConsoleBrowser browser;

    @BeforeEach
    void start() {
        registry = TestRegistry.start(dir);
        browser = ConsoleBrowser.startOrSkip(registry.server().baseUri());
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        registry.close();
    }

    @Test
    void the_registry_address_opens_the_login_page_in_vietnamese() {
        browser.open("/");

        browser.byTestId("login-page");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/#/login");
        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Đăng nhập");
        assertThat(browser.byId("login-send").getText()).isEqualTo("Gửi mã");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        browser.screenshot("login");
    }

    @Test
    void the_english_switch_changes_every_text_and_is_remembered_on_the_next_visit() {
        browser.open("/console/");
        browser.byTestId("login-page");

        browser.click("lang");
        browser.waitUntil(d -> d.findElement(By.cssSelector("h1")).getText().equals("Log in"));
        assertThat(browser.byId("login-send").getText()).isEqualTo("Send code");
        assertThat(browser.text(By.cssSelector("label"))).startsWith("Phone number");

        browser.open("/console/");
        browser.waitUntil(d -> d.findElement(By.cssSelector("h1")).getText().equals("Log in"));
        assertThat(browser.byId("lang").getText()).isEqualTo("Tiếng Việt");
    }

    @Test
    void at_360_pixels_wide_the_login_page_needs_no_sideways_scrolling() {
        browser.narrow().open("/console/");
        browser.byTestId("login-page");

        Object wide = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) wide).intValue()).isLessThanOrEqualTo(360);
    }
}
