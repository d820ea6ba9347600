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

/** An admin registers a gateway in the console, the token shown once delivers check-ins, and revokes it. */
class GatewaysConsoleIT {

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
    void a_gateway_registered_in_the_console_delivers_with_the_token_shown_once_until_revoked() {
        browser.sessionToken(Tokens.ADMIN).open("/console/#/gateways");
        browser.type("gateway-id", "gw-danang-1").click("gateway-register");

        String token = browser.byId("gateway-token").getText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(16);
        browser.waitFor(By.cssSelector("[data-testid='gateways-table'] tr[data-gateway='gw-danang-1']"));
        TestEvents gate = new TestEvents("gate-gw-1");
        var event = gate.person(world.code(world.market()), java.time.OffsetDateTime.now());
        assertThat(world.registry().post(token, java.util.List.of(event)).statusCode()).isEqualTo(200);

        browser.open("/console/#/venues");
        browser.open("/console/#/gateways");
        browser.waitFor(By.cssSelector("tr[data-gateway='gw-danang-1']"));
        assertThat(browser.all(By.id("gateway-token"))).isEmpty();
        browser.driver().findElement(By.cssSelector("button[data-revoke='gw-danang-1']")).click();
        browser.driver().switchTo().alert().accept();
        browser.waitFor(By.cssSelector("tr[data-gateway='gw-danang-1'][data-revoked='true']"));
        assertThat(browser.all(By.cssSelector("button[data-revoke='gw-danang-1']"))).isEmpty();

        var again = gate.person(world.code(world.market()), java.time.OffsetDateTime.now());
        assertThat(world.registry().post(token, java.util.List.of(again)).statusCode()).isEqualTo(401);
    }
}
