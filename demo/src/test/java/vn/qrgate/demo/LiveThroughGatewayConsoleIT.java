package vn.qrgate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.reader.app.AgentWiring;

/**
 * The web console's live list in Debian's headless Chromium, fed by the whole chain on real parts: a
 * code typed into the reader's scanner, the reader, a private Mosquitto, the gateway, the registry. The
 * registry is seeded as the demo seeds it (Đà Nẵng's areas, Chợ Hàn, its owner's phone number), and the
 * owner logs in through the console with the code the registry texts to the phone.
 */
class LiveThroughGatewayConsoleIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** The demo's owner of Chợ Hàn (see {@link DemoSeed}). */
    private static final String OWNER_PHONE = "0901000005";
    private static final Pattern SMS_CODE = Pattern.compile("\\b([0-9]{6})\\b");

    /** A made-up chip ID card line from the demo's samples, and how the console must show it. */
    private static final String CARD_NUMBER = "048088006265";
    private static final String CARD_NAME = "Vũ Minh Tài";
    private static final String MASKED_NUMBER = "******006265";
    private static final String MASKED_NAME = "V. M. TÀI";

    @TempDir
    Path dir;

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final AtomicReference<String> lastSms = new AtomicReference<>();
    private OutputStream scanner;
    private String venue;
    private String registryUrl;
    private ChromeDriver browser;

    @BeforeEach
    void startTheChainAndTheBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "this browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "); install them with: apt-get install chromium chromium-driver");
        Clock clock = Clock.system(AgentWiring.VENUE_ZONE);
        Path registryDatabase = DemoConfigs.registryDatabase(dir);
        Files.createDirectories(registryDatabase.getParent());
        DemoSeed.Seeded seed = DemoSeed.prepare(registryDatabase, clock, DemoConfigs.DEVICE);
        venue = seed.gateVenue().value();

        PrivateMosquitto broker = PrivateMosquitto.in(dir.resolve("broker")).start();
        running.push(broker);
        int registryPort = PrivateMosquitto.freePort();
        DemoConfigs configs = DemoConfigs.write(dir, seed, broker.port(), registryPort, PrivateMosquitto.freePort());
        registryUrl = "http://127.0.0.1:" + registryPort;

        running.push(DemoParts.registry(configs.registry, clock, (to, text) -> lastSms.set(text)));
        running.push(DemoParts.gateway(configs.gateway, clock));
        PipedInputStream scannerInput = new PipedInputStream(64 * 1024);
        scanner = new PipedOutputStream(scannerInput);
        running.push(DemoParts.reader(configs.reader, clock, false, scannerInput, () -> { },
                (scan, verdict, stored) -> { }));

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=vi", "--disable-extensions", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (scanner != null) {
            scanner.close(); // the reader's scanner ends before the reader closes
        }
        while (!running.isEmpty()) {
            running.pop().close();
        }
    }

    @Test
    void a_card_scanned_at_the_reader_appears_masked_in_the_owners_live_list_through_the_gateway() throws Exception {
        assertThat(SampleCodes.cccd()).anyMatch(line -> line.startsWith(CARD_NUMBER + "||" + CARD_NAME + "|"));
        String card = SampleCodes.cccd().stream().filter(line -> line.startsWith(CARD_NUMBER)).findFirst().orElseThrow();

        logInAsTheOwner();
        browser.get(registryUrl + "/console/#/live/" + venue);
        waitUntil(d -> d.findElement(By.id("live-status")).getText().equals("Đang cập nhật trực tiếp"), WAIT);
        assertThat(browser.findElements(By.cssSelector("[data-testid='live-entry']"))).isEmpty();

        scan(card);

        waitUntil(d -> !d.findElements(By.cssSelector("[data-testid='live-entry']")).isEmpty(), Duration.ofSeconds(8));
        String entry = browser.findElement(By.cssSelector("[data-testid='live-entry']")).getText();
        screenshot("live-through-gateway");
        assertThat(entry).contains(MASKED_NUMBER, MASKED_NAME, "VÀO");
        assertThat(browser.getPageSource()).doesNotContain(CARD_NUMBER).doesNotContain(CARD_NAME);
    }

    /** Phone number, the code the registry texted to it, and in: the session is the cookie it sets. */
    private void logInAsTheOwner() {
        browser.get(registryUrl + "/console/");
        type("login-phone", OWNER_PHONE);
        click("login-send");
        String code = waitUntil(d -> {
            String text = lastSms.get();
            Matcher m = text == null ? null : SMS_CODE.matcher(text);
            return m != null && m.find() ? m.group(1) : null;
        }, WAIT);
        type("login-code", code);
        click("login-verify");
        settled(new WebDriverWait(browser, WAIT)).until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        assertThat(browser.manage().getCookieNamed("qrgate_session")).isNotNull();
    }

    /** What a serial or keyboard scanner would send for one code: the line and its end. */
    private void scan(String code) throws IOException {
        scanner.write((code + "\n").getBytes(StandardCharsets.UTF_8));
        scanner.flush();
    }

    private void type(String id, String text) {
        var input = settled(new WebDriverWait(browser, WAIT)).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private void click(String id) {
        settled(new WebDriverWait(browser, WAIT)).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private <T> T waitUntil(java.util.function.Function<WebDriver, T> condition, Duration timeout) {
        return settled(new WebDriverWait(browser, timeout)).until(condition::apply);
    }

    private void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * A wait that looks again when an element went stale: the console re-renders a view after each API
     * answer, so an element found a moment ago may have been replaced before its text is read.
     */
    private static WebDriverWait settled(WebDriverWait wait) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }
}
