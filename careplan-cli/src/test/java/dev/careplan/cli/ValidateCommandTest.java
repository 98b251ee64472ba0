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
        CliRun missing = CliRun.of("validate", dir.resolve("missing.CSV").toString());
        assertThat(missing.code()).isEqualTo(CareplanCli.IO);
        assertThat(missing.err()).contains("cannot read");
    }
}
