package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.examples.MonthlyPlanExample;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path writePlan() throws Exception {
        return CareplanCsvWriter.strict().write(MonthlyPlanExample.buildPlan(YearMonth.of(2025, 6),
                LocalDateTime.of(2025, 5, 25, 9, 30)), dir).path();
    }

    @Test
    void jsonReportOfAFolderWithAValidAndABrokenFile() throws Exception {
        Path plan = writePlan();
        byte[] bytes = Files.readAllBytes(plan);
        String broken = new String(bytes, Charset.forName("windows-31j")).replaceFirst("20250602", "20250702");
        Files.write(dir.resolve("UPPLAN_202506_1310000001_43_1310000003_15_20250525093000.CSV"),
                broken.getBytes(Charset.forName("windows-31j")));
        CliRun r = CliRun.of("validate", "--format", "json", "--lang", "en", dir.toString());
        assertThat(r.code()).isEqualTo(CareplanCli.FAILED);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("files")).hasSize(2);
        JsonNode bad = json.get("files").get(1);
        assertThat(bad.get("valid").asBoolean()).isFalse();
        assertThat(bad.get("kind").asText()).isEqualTo("UPPLAN");
        assertThat(bad.get("version").asText()).isEqualTo("202407");
        JsonNode v = bad.get("violations").get(0);
        assertThat(v.get("rule").asText()).isEqualTo("MON-004");
        assertThat(v.get("severity").asText()).isEqualTo("ERROR");
        assertThat(v.get("field").asInt()).isEqualTo(10);
        assertThat(v.get("fieldName").asText()).isEqualTo("サービス利用日");
        assertThat(v.get("record").asLong()).isPositive();
        assertThat(v.get("line").asLong()).isPositive();
        assertThat(v.get("message").asText()).contains("target month");
        assertThat(json.get("units")).hasSize(2);
        assertThat(json.get("units").get(0).get("sequence").asText()).isEqualTo("20250525093000");
        assertThat(json.get("units").get(0).get("complete").asBoolean()).isFalse();
        assertThat(json.get("summary").get("files").asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("invalid").asInt()).isEqualTo(2);
    }

    @Test
    void theConsumerProfileTurnsAnIncompleteUnitIntoAWarning() throws Exception {
        Path plan = writePlan();
        assertThat(CliRun.of("validate", plan.toString()).code()).isEqualTo(CareplanCli.FAILED);
        assertThat(CliRun.of("validate", "--profile", "producer", plan.toString()).code())
                .isEqualTo(CareplanCli.FAILED);
        CliRun consumer = CliRun.of("validate", "--profile", "consumer", plan.toString());
        assertThat(consumer.code()).isEqualTo(CareplanCli.OK);
        assertThat(consumer.out()).contains("WARNING SU-002").contains("適合 1");
        CliRun lenient = CliRun.of("validate", "--policy", "lenient", plan.toString());
        assertThat(lenient.code()).isEqualTo(CareplanCli.OK);
        assertThat(lenient.out()).contains("WARNING SU-002").contains("適合 1");
    }

    @Test
    void exitCodesForUsageAndUnreadablePaths() {
        assertThat(CliRun.of("validate").code()).isEqualTo(CareplanCli.USAGE);
        assertThat(CliRun.of("validate", "--format", "xml", dir.toString()).code()).isEqualTo(CareplanCli.USAGE);
        CliRun missing = CliRun.en("validate", dir.resolve("missing.CSV").toString());
        assertThat(missing.code()).isEqualTo(CareplanCli.IO);
        assertThat(missing.err()).contains("cannot read").contains("missing.CSV");
    }

    @Test
    void aFolderWithoutAnyCsvFileIsAUsageErrorNotASuccess() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("README.txt"), "not a delivery");
        CliRun text = CliRun.en("validate", empty.toString());
        assertThat(text.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(text.err()).contains("no files to validate in " + empty);
        assertThat(text.out()).isEmpty();
        CliRun ja = CliRun.of("validate", empty.toString());
        assertThat(ja.err()).contains(empty + " に検証するファイルがありません");

        CliRun json = CliRun.en("validate", "--format", "json", empty.toString());
        assertThat(json.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(json.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("errors")).hasSize(1);
        assertThat(report.get("errors").get(0).get("type").asText()).isEqualTo("NO_FILES");
        assertThat(report.get("errors").get(0).get("path").asText()).isEqualTo(empty.toString());
        assertThat(report.get("summary").get("exitCode").asInt()).isEqualTo(CareplanCli.USAGE);
    }

    @Test
    void aMissingPathIsItsOwnErrorAndTheOtherPathsAreStillValidated() throws Exception {
        Path plan = writePlan();
        Path missing = dir.resolve("no-such-folder");
        CliRun text = CliRun.en("validate", "--policy", "lenient", missing.toString(), plan.toString());
        assertThat(text.code()).isEqualTo(CareplanCli.IO);
        assertThat(text.err()).contains("cannot read " + missing);
        assertThat(text.out()).contains("OK  " + plan.getFileName()).contains("1 files: 1 valid, 0 invalid");

        CliRun json = CliRun.en("validate", "--format", "json", "--policy", "lenient", plan.toString(),
                missing.toString());
        assertThat(json.code()).isEqualTo(CareplanCli.IO);
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("files")).hasSize(1);
        assertThat(report.get("files").get(0).get("valid").asBoolean()).isTrue();
        assertThat(report.get("errors")).hasSize(1);
        assertThat(report.get("errors").get(0).get("type").asText()).isEqualTo("IO");
        assertThat(report.get("errors").get(0).get("path").asText()).isEqualTo(missing.toString());
        assertThat(report.get("summary").get("exitCode").asInt()).isEqualTo(CareplanCli.IO);
    }

    @Test
    void inJsonEveryUsageErrorIsJsonOnStandardOutput() throws Exception {
        for (String[] args : new String[][] {{"validate", "--format", "json"},
            {"validate", "--format=json", "--max-per-file", "many", dir.toString()},
            {"validate", "--format", "json", "--max-per-file", "-1", dir.toString()},
            {"validate", "--format", "json", "--no-such-option", dir.toString()}}) {
            CliRun r = CliRun.en(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(CareplanCli.USAGE);
            assertThat(r.err()).as(String.join(" ", args)).isEmpty();
            JsonNode report = new ObjectMapper().readTree(r.out());
            assertThat(report.get("schema").asText()).isEqualTo("careplan-report/1");
            assertThat(report.get("errors").get(0).get("type").asText()).isEqualTo("USAGE");
            assertThat(report.get("errors").get(0).get("message").asText()).startsWith("careplan validate: ");
            assertThat(report.get("files")).isEmpty();
        }
    }

    @Test
    void maxPerFileListsTheFirstViolationsAndCountsTheRestByRule() throws Exception {
        Path plan = writePlan();
        String text = new String(Files.readAllBytes(plan), Charset.forName("windows-31j"));
        // Every service date of June moved to July: one MON-004 per 第6表 row, plus what else the file then breaks.
        Files.write(plan, text.replaceAll("202506(\\d\\d)", "202507$1").getBytes(Charset.forName("windows-31j")));
        JsonNode all = new ObjectMapper().readTree(CliRun.en("validate", "--format", "json", "--max-per-file", "0",
                plan.toString()).out()).get("files").get(0);
        int total = all.get("violations").size();
        assertThat(total).isGreaterThan(3);

        JsonNode capped = new ObjectMapper().readTree(CliRun.en("validate", "--format", "json", "--max-per-file", "2",
                plan.toString()).out()).get("files").get(0);
        assertThat(capped.get("violations")).hasSize(2);
        assertThat(capped.get("violations").get(0)).isEqualTo(all.get("violations").get(0));
        assertThat(capped.get("violations").get(1)).isEqualTo(all.get("violations").get(1));
        assertThat(capped.get("omitted").get("count").asInt()).isEqualTo(total - 2);
        java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
        for (int i = 2; i < total; i++) {
            expected.merge(all.get("violations").get(i).get("rule").asText(), 1, Integer::sum);
        }
        java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
        capped.get("omitted").get("byRule").fields().forEachRemaining(e -> byRule.put(e.getKey(), e.getValue().asInt()));
        assertThat(byRule).isEqualTo(expected);
        assertThat(capped.get("valid").asBoolean()).as("the verdict counts omitted violations").isFalse();

        CliRun textRun = CliRun.en("validate", "--max-per-file", "2", plan.toString());
        String firstRule = expected.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow()
                .getKey();
        assertThat(textRun.out()).contains("… and " + (total - 2) + " more (")
                .contains(firstRule + "×" + expected.get(firstRule));
        assertThat(textRun.out().lines().filter(l -> l.startsWith("    ERROR") || l.startsWith("    WARNING")
                || l.startsWith("    INFO"))).hasSize(2);
        assertThat(CliRun.of("validate", "--max-per-file", "2", plan.toString()).out())
                .contains("… ほか " + (total - 2) + " 件（");
    }

    @Test
    void theDefaultListsAtMostOneHundredViolationsPerFile() throws Exception {
        Path plan = writePlan();
        String text = new String(Files.readAllBytes(plan), Charset.forName("windows-31j"));
        StringBuilder many = new StringBuilder(text);
        String lastLine = text.strip().lines().reduce((a, b) -> b).orElseThrow();
        for (int i = 0; i < 120; i++) {
            many.append(lastLine.replaceAll("202506(\\d\\d)", "202507$1")).append("\r\n");
        }
        Files.write(plan, many.toString().getBytes(Charset.forName("windows-31j")));
        JsonNode file = new ObjectMapper().readTree(CliRun.en("validate", "--format", "json", plan.toString()).out())
                .get("files").get(0);
        assertThat(file.get("violations")).hasSize(100);
        assertThat(file.get("omitted").get("count").asInt()).isPositive();
    }
}
