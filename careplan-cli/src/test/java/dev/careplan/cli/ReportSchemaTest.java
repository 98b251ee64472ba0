package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.examples.MonthlyPlanExample;
import dev.careplan.web.json.ValidationReportJson;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real reports of {@code careplan validate --format json}, of every shape, against their published JSON Schema. */
class ReportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = ValidationReportJson.schema()) {
            assertThat(in).as("the schema ships in the jar").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static List<String> problems(JsonNode report) {
        List<String> out = new ArrayList<>();
        schema.validate(report).forEach(e -> out.add(e.toString()));
        return out;
    }

    private JsonNode report(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("validate", "--format", "json"));
        all.addAll(List.of(args));
        CliRun r = CliRun.en(all.toArray(String[]::new));
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("schema").asText()).isEqualTo("careplan-report/1");
        assertThat(report.get("summary").get("exitCode").asInt()).isEqualTo(r.code());
        return report;
    }

    @Test
    void everyKindOfReportMatchesTheSchema() throws Exception {
        Path plan = CareplanCsvWriter.strict().write(MonthlyPlanExample.buildPlan(YearMonth.of(2025, 6),
                LocalDateTime.of(2025, 5, 25, 9, 30)), dir).path();
        Charset ms932 = Charset.forName("windows-31j");
        String text = new String(Files.readAllBytes(plan), ms932);
        Path broken = Files.createDirectories(dir.resolve("broken"))
                .resolve("UPPLAN_202506_1310000001_43_1310000003_15_20250525093000.CSV");
        Files.write(broken, text.replaceAll("202506(\\d\\d)", "202507$1").getBytes(ms932));
        Path noCsv = Files.createDirectories(dir.resolve("no-csv"));
        List<JsonNode> reports = List.of(
                report(plan.toString()),
                report("--policy", "lenient", "--max-per-file", "0", plan.toString()),
                report("--max-per-file", "2", broken.toString(), plan.toString()),
                report(noCsv.toString()),
                report(dir.resolve("missing").toString(), plan.toString()),
                report(),
                report("--lang", "ja", "--max-per-file", "x", plan.toString()));
        for (JsonNode r : reports) {
            assertThat(problems(r)).as(r.toPrettyString()).isEmpty();
        }
        assertThat(reports.get(2).get("files").get(0).get("omitted").get("count").asInt()).isPositive();
        assertThat(reports.get(6).get("language").asText()).isEqualTo("ja");
    }

    @Test
    void theSchemaRejectsAReportThatBreaksIt() throws Exception {
        Path noCsv = Files.createDirectories(dir.resolve("no-csv"));
        JsonNode good = report(noCsv.toString());
        ObjectNode wrongSchema = good.deepCopy();
        wrongSchema.put("schema", "careplan-report/2");
        ObjectNode extraField = good.deepCopy();
        extraField.put("unexpected", true);
        ObjectNode badError = good.deepCopy();
        ((ObjectNode) badError.get("errors").get(0)).put("type", "OOPS");
        for (JsonNode bad : List.of(wrongSchema, extraField, badError)) {
            assertThat(problems(bad)).as(bad.toPrettyString()).isNotEmpty();
        }
    }
}
