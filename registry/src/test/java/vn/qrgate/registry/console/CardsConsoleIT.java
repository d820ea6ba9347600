package vn.qrgate.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.qrgate.registry.domain.Role;

/**
 * Personal QR cards in the console: a ward official uploads a class list with one wrong row, issues and
 * revokes one card in the form, and a holder logs in with the phone on their card to download it.
 * Synthetic people only: CCCD numbers 0482100000NN (born 2010) and 048090001234 (born 1990).
 */
class CardsConsoleIT {

    private static final String WARD_PHONE = "0905000001";
    private static final String HOLDER_PHONE = "0912345678";
    /** Six pupils; the fourth one's birth year (2009) disagrees with the number's (…210…): spreadsheet row 5. */
    private static final String CLASS_LIST = """
            so_giay_to,ho_ten,ngay_sinh,so_dien_thoai,lop
            048210000001,Nguyễn Văn An,2010-03-15,0912000001,7A
            048210000002,Trần Thị Bình,21/08/2010,,7A
            048210000003,Lê Minh Châu,2010-11-02,0912000003,7A
            048210000004,Phạm Quốc Dũng,2009-05-04,,7A
            048210000005,Hoàng Thu Hà,2010-01-30,0912000005,7A
            048210000006,Vũ Đức Khang,2010-06-12,,7A
            """;
    private static final Duration BATCH_WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private ConsoleWorld world;
    private ConsoleBrowser browser;
    private String ward;

    @BeforeEach
    void start() throws Exception {
        world = ConsoleWorld.startSigning(dir);
        world.registry().putAccount(WARD_PHONE, Role.WARD_OFFICIAL, ConsoleWorld.WARD);
        ward = world.registry().login(WARD_PHONE);
        browser = world.browser();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        world.close();
    }

    private WebElement finishedBatch(String otherThan) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector("[data-testid='batch-status'][data-state='done']"))
                .stream().filter(e -> !e.getAttribute("data-batch").equals(otherThan)).findFirst().orElse(null), BATCH_WAIT);
    }

    private String count(String name) {
        return browser.text(By.cssSelector("[data-testid='batch-" + name + "'] b"));
    }

    @Test
    void a_class_list_with_one_wrong_row_gives_five_cards_a_report_naming_the_row_and_sheets_to_print() throws Exception {
        Path noBirthDates = Files.writeString(dir.resolve("thieu-cot.csv"), CLASS_LIST.replace("ngay_sinh", "ghi_chu"),
                StandardCharsets.UTF_8);
        Path list = Files.writeString(dir.resolve("lop-7a.csv"), CLASS_LIST, StandardCharsets.UTF_8);
        browser.sessionToken(ward).open("/console/#/cards/upload");
        browser.byTestId("batch-page");

        browser.byId("batch-file").sendKeys(noBirthDates.toString());
        browser.click("batch-upload");

        browser.byTestId("batch-refused");
        assertThat(browser.all(By.cssSelector("[data-testid='batch-problems-table'] tbody tr"))).hasSize(1);
        assertThat(browser.all(By.cssSelector("[data-testid='batch-status']"))).isEmpty();

        browser.byId("batch-file").clear();
        browser.byId("batch-file").sendKeys(list.toString());
        browser.click("batch-upload");

        WebElement done = finishedBatch("");
        String first = done.getAttribute("data-batch");
        assertThat(count("rows")).isEqualTo("6");
        assertThat(count("good")).isEqualTo("5");
        assertThat(count("bad")).isEqualTo("1");
        assertThat(count("issued")).isEqualTo("5");
        WebElement progress = browser.byId("batch-progress");
        assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max")).isEqualTo("5");
        WebElement problem = browser.waitFor(By.cssSelector("[data-testid='batch-problems-table'] tbody tr"));
        assertThat(browser.all(By.cssSelector("[data-testid='batch-problems-table'] tbody tr"))).hasSize(1);
        assertThat(problem.getAttribute("data-row")).isEqualTo("5");
        assertThat(problem.getAttribute("data-column")).isEqualTo("ngay_sinh");
        browser.screenshot("cards-upload");

        ConsoleBrowser.Fetched report = browser.fetch(browser.byId("batch-errors").getAttribute("href"));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/csv");
        assertThat(report.text().lines().skip(1)).singleElement().asString().startsWith("5,ngay_sinh,");
        ConsoleBrowser.Fetched sheets = browser.fetch(browser.byId("batch-pdf").getAttribute("href"));
        assertThat(sheets.status()).isEqualTo(200);
        assertThat(sheets.contentType()).startsWith("application/pdf");
        assertThat(sheets.text()).startsWith("%PDF-");

        browser.click("batch-upload");

        finishedBatch(first);
        assertThat(count("good")).isEqualTo("5");
        assertThat(count("issued")).isEqualTo("0");
        assertThat(count("reused")).isEqualTo("5");
    }

    @Test
    void a_card_issued_in_the_form_after_fixing_the_field_it_named_is_listed_downloaded_and_revoked() {
        browser.sessionToken(ward).open("/console/#/cards");
        browser.byTestId("cards-none");
        browser.type("card-document", "048210000007").type("card-name", "Đặng Thị Mai").type("card-phone", "0912000007");
        birthDate("2009-12-31");
        browser.click("card-issue");

        assertThat(browser.byTestId("card-problem-birthDate").getText()).isNotBlank();
        assertThat(browser.byId("card-birth").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.all(By.cssSelector("[data-testid='card-problem-document']")).get(0).getText()).isEmpty();

        birthDate("2010-12-31");
        browser.click("card-issue");

        WebElement summary = browser.byTestId("card-issued-summary");
        String id = summary.getAttribute("data-card");
        assertThat(browser.text(By.cssSelector("[data-testid='card-issued-summary'] [data-testid='card-document']")))
                .isEqualTo("******000007");
        assertThat(browser.all(By.cssSelector("[data-testid='card-replaced']"))).isEmpty();
        browser.waitFor(By.cssSelector("[data-testid='cards-table'] tr[data-card='" + id + "'][data-active='true']"));
        assertThat(browser.pageSource()).doesNotContain("048210000007", "Đặng Thị Mai");
        browser.screenshot("cards-issue");
        ConsoleBrowser.Fetched pdf = browser.fetch(browser.byId("card-download").getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");

        browser.driver().findElement(By.cssSelector("button[data-revoke='" + id + "']")).click();
        browser.driver().switchTo().alert().accept();

        browser.waitFor(By.cssSelector("tr[data-card='" + id + "'][data-active='false']"));
        assertThat(browser.all(By.cssSelector("button[data-revoke='" + id + "']"))).isEmpty();
    }

    @Test
    void a_holder_logs_in_with_the_phone_on_the_card_and_downloads_it() {
        var issued = world.registry().request("POST", "/api/v1/cards", ward, "{\"document\":\"048090001234\","
                + "\"name\":\"Nguyễn Thị Hoa\",\"birthDate\":\"1990-07-05\",\"phone\":\"" + HOLDER_PHONE + "\"}");
        assertThat(issued.statusCode()).isEqualTo(201);

        browser.open("/console/");
        assertThat(browser.byTestId("login-card-holders").getText()).isNotBlank();
        browser.type("login-phone", HOLDER_PHONE).click("login-send");
        browser.byTestId("login-code-sent");
        String code = browser.waitUntil(d -> world.registry().sms().lastCode(HOLDER_PHONE).orElse(null));
        browser.type("login-code", code).click("login-verify");

        browser.byTestId("my-card-page");
        assertThat(browser.text(By.id("who"))).isEqualTo("Người dân");
        assertThat(browser.all(By.cssSelector("#nav a")).stream().map(WebElement::getText)).containsExactly("Thẻ của tôi");
        WebElement download = browser.waitFor(By.cssSelector("[data-testid='my-card-body'] a[data-download]"));
        assertThat(browser.text(By.cssSelector("[data-testid='my-card-body'] [data-testid='card-document']")))
                .isEqualTo("******001234");
        browser.screenshot("my-card");
        ConsoleBrowser.Fetched pdf = browser.fetch(download.getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.text()).startsWith("%PDF-");
    }

    /** A date input takes typed digits in the browser's locale order; its value is set as the form reads it. */
    private void birthDate(String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.byId("card-birth"), isoDate);
    }
}
