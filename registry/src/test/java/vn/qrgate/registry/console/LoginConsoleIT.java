package vn.qrgate.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.qrgate.registry.domain.Role;

/** Logging in with a phone number and the one-time code the registry texted to it, and out again. */
class LoginConsoleIT {

    private static final String PHONE = "0905111222";

    @TempDir
    Path dir;

    private ConsoleWorld world;
    private ConsoleBrowser browser;

    @BeforeEach
    void start() throws Exception {
        world = ConsoleWorld.start(dir);
        world.registry().putAccount(PHONE, Role.DISTRICT_OFFICIAL, ConsoleWorld.DISTRICT);
        browser = world.browser();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        world.close();
    }

    private String codeSentTo(String phone) {
        return browser.waitUntil(d -> world.registry().sms().lastCode(phone).orElse(null));
    }

    @Test
    void an_official_logs_in_with_the_code_from_the_sms_sees_role_and_area_and_logs_out() {
        browser.open("/console/");
        browser.type("login-phone", PHONE).click("login-send");
        browser.byTestId("login-code-sent");
        browser.type("login-code", codeSentTo(PHONE)).click("login-verify");

        browser.byTestId("dashboard-page");
        assertThat(browser.text(By.id("who"))).isEqualTo("Cán bộ quận/huyện · " + ConsoleWorld.DISTRICT_NAME);
        assertThat(browser.all(By.cssSelector("#nav a")).stream().map(a -> a.getText()))
                .containsExactly("Địa điểm", "Thống kê");
        assertThat(browser.driver().manage().getCookieNamed("qrgate_session").isHttpOnly()).isTrue();

        browser.click("logout");
        browser.byTestId("login-page");
        browser.open("/console/#/venues");
        browser.byTestId("login-page");
        assertThat(browser.driver().manage().getCookieNamed("qrgate_session")).isNull();
    }

    @Test
    void a_wrong_code_is_refused_beside_the_form_and_nobody_is_logged_in() {
        browser.open("/console/");
        browser.type("login-phone", PHONE).click("login-send");
        String right = codeSentTo(PHONE);
        String wrong = right.equals("000000") ? "111111" : "000000";

        browser.type("login-code", wrong).click("login-verify");

        assertThat(browser.byTestId("login-error").getText()).isNotBlank();
        assertThat(browser.byId("login-code").isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("logout")).isDisplayed()).isFalse();
    }

    @Test
    void a_phone_number_that_is_not_one_is_refused_with_the_reason() {
        browser.open("/console/");

        browser.type("login-phone", "12ab").click("login-send");

        assertThat(browser.byTestId("login-error").getText()).contains("phone");
        assertThat(world.registry().sms().sent()).isEmpty();
    }
}
