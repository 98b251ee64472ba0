package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.examples.DemoMonth;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 6);
    private static final LocalDateTime SENT = LocalDateTime.of(2025, 5, 26, 9, 30);

    @TempDir
    Path dir;

    Path plan;
    Path actuals;

    /** The demo month: plan sent to 訪問介護; 訪問介護 sends its 実績 with one cancelled visit and one later visit. */
    @BeforeEach
    void writeFiles() throws Exception {
        plan = Files.createDirectories(dir.resolve("plan"));
        actuals = Files.createDirectories(dir.resolve("actuals"));
        DemoMonth month = new DemoMonth(MONTH);
        CareplanCsvWriter w = CareplanCsvWriter.strict();
        for (CareplanDocument d : month.useUnit(DemoMonth.HOME_HELP, DemoMonth.sequence(SENT))) {
            w.write(d, plan);
        }
        List<ServiceUseRecord> planned = month.rows();
        w.write(new ActualsDocument(CsvVersion.V4_1, DemoMonth.HOME_HELP, DemoMonth.OFFICE,
                DemoMonth.sequence(SENT.plusDays(35)), MONTH, DemoMonth.actualsOf(DemoMonth.HOME_HELP, planned)),
                actuals);
    }

    @Test
    void jsonReportsEachDifferenceWithMaskedUsers() throws Exception {
        CliRun r = CliRun.of("reconcile", "--plan", plan.toString(), "--actuals", actuals.toString(), "--format",
                "json");
        assertThat(r.code()).as(r.err()).isEqualTo(CareplanCli.OK);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("month").asText()).isEqualTo("2025-06");
        assertThat(json.get("differenceCounts").get("CANCELLED").asInt()).isEqualTo(1);
        assertThat(json.get("differenceCounts").get("TIME_CHANGED").asInt()).isEqualTo(1);
        // 通所介護 and 福祉用具貸与 sent no 実績: their rows are awaited, not cancelled.
        assertThat(json.get("differenceCounts").get("NOT_REPORTED").asInt()).isPositive();
        assertThat(json.get("reportingProviders").get(0).asText()).isEqualTo("1310000002:11");
        assertThat(json.get("users")).hasSize(3);
        assertThat(r.out()).doesNotContain("1000012345").contains("********45");
        int plannedHomeHelp = 0;
        int deliveredHomeHelp = 0;
        for (JsonNode p : json.get("byProvider")) {
            if (p.get("provider").asText().equals("1310000002:11")) {
                plannedHomeHelp = p.get("plannedUnits").asInt();
                deliveredHomeHelp = p.get("deliveredUnits").asInt();
                assertThat(p.get("reported").asBoolean()).isTrue();
            }
        }
        assertThat(plannedHomeHelp - deliveredHomeHelp).as("the cancelled visit").isIn(250, 183, 396);
    }

    @Test
    void textAndHtml() {
        CliRun text = CliRun.of("reconcile", "--plan", plan.toString(), "--actuals", actuals.toString());
        assertThat(text.code()).isEqualTo(CareplanCli.OK);
        assertThat(text.out()).contains("予定と実績の突合 2025-06").contains("中止（予定のみ）").contains("時間変更")
                .contains("実績未受領").doesNotContain("1000012345");
        CliRun html = CliRun.of("reconcile", "--plan", plan.toString(), "--actuals", actuals.toString(), "--format",
                "html");
        assertThat(html.code()).isEqualTo(CareplanCli.OK);
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<section class=\"user\">")
                .contains("class=\"CANCELLED\"").contains("class=\"TIME_CHANGED\"").doesNotContain("1000012345");
        assertThat(html.out().split("<section class=\"user\">", -1)).hasSize(4);
    }

    @Test
    void benefitStatementPreview() throws Exception {
        CliRun csv = CliRun.of("benefit-statement", "--plan", plan.toString(), "--actuals", actuals.toString());
        assertThat(csv.code()).as(csv.err()).isEqualTo(CareplanCli.OK);
        assertThat(csv.out()).startsWith("対象年月,被保険者番号,").contains(",1310000002,11,").contains(",ACTUAL,1")
                .contains(",PLAN,1").doesNotContain("1000012345");
        CliRun json = CliRun.of("benefit-statement", "--plan", plan.toString(), "--actuals", actuals.toString(),
                "--format", "json");
        JsonNode lines = new ObjectMapper().readTree(json.out()).get("lines");
        assertThat(lines.size()).isPositive();
        assertThat(lines.get(0).get("creation").asText()).isEqualTo("1");
    }

    @Test
    void exitCodes() throws Exception {
        assertThat(CliRun.of("reconcile", "--plan", plan.toString()).code()).isEqualTo(CareplanCli.USAGE);
        assertThat(CliRun.of("reconcile", "--plan", dir.resolve("missing").toString(), "--actuals",
                actuals.toString()).code()).isEqualTo(CareplanCli.IO);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun none = CliRun.of("reconcile", "--plan", empty.toString(), "--actuals", actuals.toString());
        assertThat(none.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(none.err()).contains("no UPPLAN");
    }
}
