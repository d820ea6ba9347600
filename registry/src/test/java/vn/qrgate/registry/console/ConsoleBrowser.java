package vn.qrgate.registry.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver, both given by path so Selenium Manager
 * never looks for (or downloads) a browser. Tests using it are skipped only when chromium is absent.
 */
public final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(10);
    /** Where screenshots always go (the module's build folder), and the optional folder to copy them to. */
    static final Path BUILD_SCREENSHOTS = Path.of("target", "screenshots");
    static final String SCREENSHOTS_PROPERTY = "qrgate.screenshots";

    private final ChromeDriver driver;
    private final URI base;

    private ConsoleBrowser(ChromeDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** A browser on a registry at {@code base}, or the test is skipped when chromium is not installed. */
    public static ConsoleBrowser startOrSkip(URI base) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the console's browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + "); install them with: apt-get install chromium chromium-driver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=vi", "--disable-extensions", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ConsoleBrowser(new ChromeDriver(service, options), base);
    }

    public WebDriver driver() {
        return driver;
    }

    public ConsoleBrowser open(String pathAndHash) {
        driver.get(base + pathAndHash);
        return this;
    }

    /**
     * Logs in as one of the config's accounts by giving the browser its token as the session cookie,
     * which the API accepts like a login's (for the scenarios that are not about logging in).
     */
    public ConsoleBrowser sessionToken(String token) {
        open("/console/i18n/vi.json");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie.Builder("qrgate_session", token).path("/").isHttpOnly(true).build());
        return this;
    }

    /** Always English or Vietnamese from the first page on, whatever the last test chose. */
    public ConsoleBrowser language(String lang) {
        open("/console/i18n/vi.json");
        driver.executeScript("localStorage.setItem('qrgate.lang', arguments[0])", lang);
        return this;
    }

    public WebElement waitFor(By by) {
        return settled(new WebDriverWait(driver, WAIT)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return settled(new WebDriverWait(driver, WAIT)).until(condition::apply);
    }

    public <T> T waitUntil(Function<WebDriver, T> condition, Duration timeout) {
        return settled(new WebDriverWait(driver, timeout)).until(condition::apply);
    }

    public WebElement byTestId(String testId) {
        return waitFor(By.cssSelector("[data-testid='" + testId + "']"));
    }

    public WebElement byId(String id) {
        return waitFor(By.id(id));
    }

    public ConsoleBrowser type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public ConsoleBrowser click(String id) {
        settled(new WebDriverWait(driver, WAIT)).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        return this;
    }

    /** Chooses an option by its visible text once the list holds it (lists fill from the API). */
    public ConsoleBrowser choose(String selectId, String visibleText) {
        waitUntil(d -> d.findElements(By.cssSelector("#" + selectId + " option")).stream()
                .anyMatch(o -> o.getText().equals(visibleText)));
        new Select(byId(selectId)).selectByVisibleText(visibleText);
        return this;
    }

    /** What a same-origin fetch from the page got: the browser's session cookie goes along, as with a link. */
    public record Fetched(int status, String contentType, String text, long size) {
    }

    /** Fetches a URL (absolute, or a path on the registry) from inside the page; the text is the first 64 KiB as UTF-8. */
    public Fetched fetch(String url) {
        Object answer = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(async (r) => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    done([r.status, r.headers.get('Content-Type') || '',
                      new TextDecoder().decode(bytes.slice(0, 65536)), bytes.length]);
                  })
                  .catch((e) => done([0, '', String(e), 0]));
                """, url);
        List<?> parts = (List<?>) answer;
        return new Fetched(((Number) parts.get(0)).intValue(), (String) parts.get(1), (String) parts.get(2),
                ((Number) parts.get(3)).longValue());
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public ConsoleBrowser narrow() {
        driver.manage().window().setSize(new Dimension(360, 780));
        return this;
    }

    /**
     * A PNG of the page as it is, into target/screenshots, and also into the folder named by the system
     * property {@value #SCREENSHOTS_PROPERTY} (relative to the repository root) when it is set.
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(BUILD_SCREENSHOTS);
            Path file = BUILD_SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            for (Path folder : extraFolders()) {
                Files.createDirectories(folder);
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> extraFolders() {
        String wanted = System.getProperty(SCREENSHOTS_PROPERTY, "").strip();
        List<Path> folders = new ArrayList<>();
        if (!wanted.isEmpty()) {
            Path path = Path.of(wanted);
            folders.add(path.isAbsolute() ? path : repositoryRoot().resolve(path));
        }
        return folders;
    }

    /** Tests run in the module's folder; the repository root is the first folder above with .ci/run. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(".ci").resolve("run"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    @Override
    public void close() {
        driver.quit();
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
