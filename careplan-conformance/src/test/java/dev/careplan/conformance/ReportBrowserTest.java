package dev.careplan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.conformance.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The HTML report of the deliberately broken exporter in a real browser: Debian's headless chromium, driven by
 * chromedriver through Selenium, opens the file on its own (no server, no network), and the page shows the summary
 * and the failed rules. The screenshot goes to {@code target/browser-screenshots/conformance-report.png}. Needs
 * {@code apt-get install chromium chromium-driver} ({@code .ci/run} does it); without them it fails saying so.
 */
class ReportBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theReportShowsTheSummaryAndTheFailedRulesWithoutAnyExternalAsset() throws Exception {
        BrokenExporter broken = new BrokenExporter();
        List<ItemResult> items = new ArrayList<>();
        for (Scenario s : Scenarios.catalogue()) {
            items.add(ConformanceKit.runExport(s, broken, dir.resolve("files").resolve(s.id())));
        }
        ConformanceReport report = ConformanceKit.exporterReport("Broken exporter", SdkExporter.CLOCK, items);
        Path html = ConformanceKit.write(report, dir.resolve("report"), "conformance-report").get(1);

        WebDriver driver = HeadlessChromium.start(dir.resolve("profile"), 1280, 1400);
        try {
            driver.get(html.toUri().toString());
            String summary = driver.findElement(By.id("summary")).getText();
            assertThat(summary).contains("FAIL 不適合").contains("Score: " + report.score() + "%")
                    .contains("4 of 7 scenarios passed").contains("4 rules failed");
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("適合性レポート").contains("Broken exporter").contains("202407")
                    .contains("2025-07-01");
            List<String> failedRules = driver.findElements(By.cssSelector("h2#failed-rules + table tbody tr td.id"))
                    .stream().map(e -> e.getText()).toList();
            assertThat(failedRules).containsExactlyInAnyOrder("ENC-001", "FLD-INSURER", "FLD-INSURED", "SU-002");
            assertThat(driver.findElements(By.cssSelector("table.items tr.fail td.id"))).extracting(e -> e.getText())
                    .containsExactlyInAnyOrder("use-unit", "plan-and-use.ms932", "actuals");
            Object resources = ((JavascriptExecutor) driver)
                    .executeScript("return performance.getEntriesByType('resource').length;");
            assertThat(resources).as("assets loaded besides the page").isEqualTo(0L);
            Path shots = Files.createDirectories(Path.of("target", "browser-screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(shots.resolve("conformance-report.png"), png);
            assertThat(png.length).isGreaterThan(10_000);
        } finally {
            driver.quit();
        }
    }
}
