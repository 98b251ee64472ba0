package dev.careplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.conformance.testing.HeadlessChromium;
import dev.careplan.examples.DemoMonth;
import dev.careplan.model.InsuredNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless chromium, driven by chromedriver through Selenium, against the server
 * on 127.0.0.1. Uploads the demo month, then checks the report table, the week grid's service blocks, the month
 * calendar's differences, the insured-number switch (by keyboard) and the language switch. Screenshots go to
 * {@code target/browser-screenshots}. Needs {@code apt-get install chromium chromium-driver} ({@code .ci/run} does it);
 * without them it fails saying so.
 */
class BrowserTest {

    @TempDir
    static Path dir;

    static List<Path> files;
    static CareplanServer server;
    static WebDriver driver;
    static Path shots = Path.of("target", "browser-screenshots");

    @BeforeAll
    static void start() throws Exception {
        files = DemoFiles.write(dir.resolve("month"));
        server = CareplanServer.builder().build().start();
        driver = HeadlessChromium.start(dir.resolve("profile"), 1280, 1000);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(shots);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve(name + ".png"), png);
    }

    @Test
    void theDemoMonthIsCheckedAndDrawn() throws Exception {
        driver.get(server.uri().toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("files")));
        assertThat(driver.findElement(By.id("show-insured")).isSelected()).as("numbers masked by default").isFalse();
        driver.findElement(By.id("files")).sendKeys(files.stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#users section.user"),
                DemoMonth.USERS.size()));

        // The report: one row per file without findings (the demo's files are valid), named and marked OK.
        WebElement report = driver.findElement(By.id("report"));
        assertThat(report.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("summary")).getText()).isEqualTo(files.size() + " ファイル: 適合 "
                + files.size() + ", 不適合 0");
        String table = driver.findElement(By.id("violations")).getText();
        for (Path f : files) {
            assertThat(table).contains(f.getFileName().toString());
        }
        assertThat(driver.findElements(By.cssSelector("#violations tr.ERROR"))).isEmpty();
        screenshot("01-report");

        Map<InsuredNumber, Integer> blocks = DemoFiles.weeklyServices();
        Map<InsuredNumber, Integer> differences = DemoFiles.differences(dir.resolve("month"));
        List<WebElement> users = driver.findElements(By.cssSelector("#users section.user"));
        for (WebElement u : users) {
            String heading = u.findElement(By.tagName("h3")).getText();
            InsuredNumber id = DemoMonth.USERS.stream().map(DemoMonth.User::insured)
                    .filter(n -> heading.endsWith(n.toString())).findFirst().orElseThrow();
            assertThat(heading).doesNotContain(id.value());
            assertThat(u.findElements(By.cssSelector("svg.sheet-week g.block"))).as("blocks of " + id)
                    .hasSize(blocks.getOrDefault(id, 0));
            assertThat(u.findElements(By.cssSelector("svg.sheet-month g.diff"))).as("differences of " + id)
                    .hasSize(differences.getOrDefault(id, 0));
        }
        assertThat(differences.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                users.get(0).findElement(By.cssSelector("svg.sheet-week")));
        screenshot("02-week");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                users.get(0).findElement(By.cssSelector("svg.sheet-month")));
        screenshot("03-month");

        // The switch works from the keyboard: focus it and press space.
        WebElement toggle = driver.findElement(By.id("show-insured"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", toggle);
        toggle.sendKeys(Keys.SPACE);
        waiting().until(d -> users.get(0).findElement(By.cssSelector("h3 .insured-full")).isDisplayed());
        String shown = users.get(0).findElement(By.cssSelector("h3 .insured-full")).getText();
        assertThat(DemoMonth.USERS.stream().anyMatch(x -> shown.contains(x.insured().value()))).isTrue();
        assertThat(users.get(0).findElement(By.cssSelector("h3 .insured-masked")).isDisplayed()).isFalse();
        toggle.sendKeys(Keys.SPACE);
        waiting().until(d -> !users.get(0).findElement(By.cssSelector("h3 .insured-full")).isDisplayed());

        // English: the headings and the report's messages come back in English.
        driver.findElement(By.id("lang")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("report-title"), "Validation report"));
        waiting().until(ExpectedConditions.textMatches(By.id("summary"), java.util.regex.Pattern.compile(
                files.size() + " files: valid " + files.size() + ", invalid 0")));
        waiting().until(d -> d.findElements(By.cssSelector("svg.sheet-week")).stream().findFirst()
                .map(e -> e.getText().contains("Weekly service plan")).orElse(false));
        screenshot("04-english");
    }

    @Test
    void findingsAreListedWithRuleRecordAndMessage() throws Exception {
        Path plan = files.stream().filter(p -> p.getFileName().toString().startsWith("UPPLAN_")).findFirst()
                .orElseThrow();
        String text = new String(Files.readAllBytes(plan), "MS932");
        String[] lines = text.split("\r\n", -1);
        String[] fields = lines[1].split(",", -1);
        fields[7] = "\"abc\"";
        lines[1] = String.join(",", fields);
        Path broken = Files.createDirectories(dir.resolve("broken")).resolve(plan.getFileName());
        Files.write(broken, String.join("\r\n", lines).getBytes("MS932"));
        driver.get(server.uri().toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("files")));
        driver.findElement(By.id("files")).sendKeys(broken.toAbsolutePath().toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#violations tr.ERROR")));
        var expected = dev.careplan.csv.ConformanceValidator.producer().validate(List.of(broken)).violations().get(0);
        WebElement row = driver.findElement(By.cssSelector("#violations tr.ERROR"));
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells).containsSubsequence(expected.ruleId(), String.valueOf(expected.record().orElseThrow()),
                String.valueOf(expected.line().orElseThrow()));
        assertThat(cells.get(cells.size() - 1)).isEqualTo(expected.message("ja"));
        screenshot("05-findings");
        try (Stream<Path> s = Files.list(shots)) {
            assertThat(s.count()).isPositive();
        }
    }
}
