package dev.careplan.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The extensions as a vendor's build sees them: a vendor test class is launched through JUnit, and what JUnit
 * reports (one test per scenario, named after it) and the report written afterwards are checked.
 */
class KitReportTest {

    /** What JUnit reported for each test: display name and whether it passed. */
    private record Outcome(String name, boolean passed, String failure) {
    }

    private static List<Outcome> launch(Class<?> vendorClass) {
        List<Outcome> outcomes = new ArrayList<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(vendorClass))
                .build();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    outcomes.add(new Outcome(id.getDisplayName(), result.getStatus() == TestExecutionResult.Status.SUCCESSFUL,
                            result.getThrowable().map(Throwable::getMessage).orElse("")));
                }
            }
        });
        return outcomes;
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(Files.readAllBytes(file));
    }

    @Test
    void theBrokenExporterFailsExactlyItsThreeDefectiveScenariosAndTheReportSaysWhy() throws Exception {
        List<Outcome> outcomes = launch(BrokenExporter.class);
        assertThat(outcomes).hasSize(Scenarios.catalogue().size());
        assertThat(outcomes).filteredOn(o -> !o.passed()).extracting(Outcome::name).containsExactlyInAnyOrder(
                "use-unit: " + Scenarios.find("use-unit").orElseThrow().descriptionEn(),
                "plan-and-use.ms932: " + Scenarios.find("plan-and-use.ms932").orElseThrow().descriptionEn(),
                "actuals: " + Scenarios.find("actuals").orElseThrow().descriptionEn());
        assertThat(outcomes).filteredOn(o -> o.name().startsWith("use-unit:")).first().extracting(Outcome::failure)
                .asString().contains("missing UPSIKYU");

        Path dir = Path.of(BrokenExporter.REPORT_DIR);
        JsonNode report = json(dir.resolve("BrokenExporter-exporter.json"));
        assertThat(report.get("kind").asText()).isEqualTo("exporter");
        assertThat(report.get("date").asText()).isEqualTo("2025-07-01");
        assertThat(report.get("csvVersion").asText()).isEqualTo("202407");
        assertThat(report.at("/summary/passed").asBoolean()).isFalse();
        assertThat(report.at("/summary/score").asInt()).isEqualTo(4 * 100 / 7);
        JsonNode items = report.get("items");
        assertThat(findings(items, "use-unit")).anyMatch(f -> f.startsWith("FILE_NAMES: missing UPSIKYU"))
                .anyMatch(f -> f.startsWith("SEND_UNITS: ") && f.contains("UPSIKYU"));
        assertThat(findings(items, "plan-and-use.ms932")).anyMatch(f -> f.startsWith("VALIDATION ENC-001"))
                .anyMatch(f -> f.startsWith("CONTENT: "));
        assertThat(findings(items, "actuals")).anyMatch(f -> f.startsWith("VALIDATION FLD-INSURER: "))
                .anyMatch(f -> f.startsWith("VALIDATION FLD-INSURED: ")).anyMatch(f -> f.startsWith("CONTENT: "));
        assertThat(findings(items, "plan-unit")).isEmpty();
        List<String> failedRules = StreamSupport.stream(report.get("rules").spliterator(), false)
                .filter(r -> !r.get("ok").asBoolean()).map(r -> r.get("rule").asText()).toList();
        assertThat(failedRules).containsExactlyInAnyOrder("ENC-001", "FLD-INSURER", "FLD-INSURED", "SU-002");
        String html = Files.readString(dir.resolve("BrokenExporter-exporter.html"));
        assertThat(html).contains("FAIL 不適合").contains("ENC-001").doesNotContain("<script").doesNotContain("http");
    }

    @Test
    void theSdkWriterPassesEveryScenarioAndTheReaderEveryCase() throws Exception {
        assertThat(launch(SdkExporterConformanceTest.class)).hasSize(Scenarios.catalogue().size())
                .allMatch(Outcome::passed);
        JsonNode exporter = json(Path.of(ExporterConformance.DEFAULT_REPORT_DIR, "SdkExporterConformanceTest-exporter.json"));
        assertThat(exporter.at("/summary/score").asInt()).isEqualTo(100);
        assertThat(exporter.get("subject").asText()).isEqualTo("careplan-sdk CareplanCsvWriter");

        assertThat(launch(SdkImporterConformanceTest.class)).hasSize(ConformanceCorpus.load().cases().size())
                .allMatch(Outcome::passed);
        JsonNode importer = json(Path.of(ExporterConformance.DEFAULT_REPORT_DIR, "SdkImporterConformanceTest-importer.json"));
        assertThat(importer.at("/summary/passed").asBoolean()).isTrue();
        // The SDK's importer cites the rule of every case it refuses.
        assertThat(importer.get("rules")).allMatch(r -> r.get("agreed").asInt() > 0
                || ConformanceCorpus.load().casesOf(r.get("rule").asText()).stream()
                        .allMatch(c -> c.consumer() == CaseKind.VALID));
    }

    @Test
    void aSelectionOfScenariosRunsOnlyThoseAndTheReportListsOnlyThem() throws Exception {
        assertThat(launch(ProviderExporter.class)).extracting(Outcome::name)
                .containsExactly("actuals: " + Scenarios.find("actuals").orElseThrow().descriptionEn());
        JsonNode report = json(Path.of(ProviderExporter.REPORT_DIR, "ProviderExporter-exporter.json"));
        assertThat(report.get("items")).hasSize(1);
        assertThat(report.at("/summary/score").asInt()).isEqualTo(100);
    }

    private static List<String> findings(JsonNode items, String id) {
        for (JsonNode i : items) {
            if (i.get("id").asText().equals(id)) {
                return StreamSupport.stream(i.get("findings").spliterator(), false)
                        .map(f -> f.get("check").asText() + (f.has("rule") ? " " + f.get("rule").asText() : "") + ": "
                                + f.get("message").asText()).toList();
            }
        }
        throw new AssertionError("no item " + id);
    }
}
