package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.examples.DemoMonth;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.ServiceUseAnnexDocument;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAnnexCommandTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 6);

    @TempDir
    Path dir;

    @Test
    void theDemosAnnexAddsUpAndMatchesItsPlan() throws Exception {
        for (CareplanDocument d : new DemoMonth(MONTH).useUnit(DemoMonth.HOME_HELP, DemoMonth.sequence(
                LocalDateTime.of(2025, 5, 26, 9, 30)))) {
            CareplanCsvWriter.strict().write(d, dir);
        }
        CliRun r = CliRun.of("check-annex", "--format", "json", dir.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(CareplanCli.OK);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("files")).hasSize(1);
        assertThat(json.get("files").get(0).get("users").asInt()).isEqualTo(3);
        assertThat(json.get("summary").get("issues").asInt()).isZero();
        assertThat(r.err()).contains("sample service-code master");
    }

    @Test
    void aLineThatDoesNotAddUpIsReportedWithItsRuleAndRecord() throws Exception {
        ServiceUseAnnexRecord.Builder base = ServiceUseAnnexRecord.builder().csvVersion(CsvVersion.V4_1)
                .insurerNumber(InsurerNumber.of("131045")).insuredNumber(DemoMonth.USERS.get(0).insured())
                .createdDate(LocalDate.of(2025, 5, 26)).targetYearMonth(MONTH)
                .over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE);
        ServiceUseAnnexRecord line = ServiceUseAnnexRecord.builder().csvVersion(CsvVersion.V4_1)
                .insurerNumber(InsurerNumber.of("131045")).insuredNumber(DemoMonth.USERS.get(0).insured())
                .createdDate(LocalDate.of(2025, 5, 26)).targetYearMonth(MONTH)
                .over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE).serviceOfficeNumber(DemoMonth.HOME_HELP.office())
                .serviceCode(ServiceCode.of("111211")).units(250).countOrDays(2).serviceUnitAmount(400).build();
        ServiceUseAnnexRecord total = base.serviceOfficeNumber(OfficeNumber.ALL_NINES)
                .serviceCode(ServiceCode.GRAND_TOTAL).units(0).countOrDays(0).serviceUnitAmount(400).build();
        CareplanCsvWriter.strict().write(new ServiceUseAnnexDocument(CsvVersion.V4_1, DemoMonth.OFFICE,
                DemoMonth.HOME_HELP, DemoMonth.sequence(LocalDateTime.of(2025, 5, 27, 9, 30)), MONTH,
                List.of(line, total)), dir);
        CliRun text = CliRun.of("check-annex", dir.toString());
        assertThat(text.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(text.out()).contains("NG  UPSIKYU_202506").contains("BEN-LINE").contains("レコード1")
                .contains("expected 500, found 400").doesNotContain("1000012345");
        CliRun html = CliRun.of("check-annex", "--format", "html", dir.toString());
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("BEN-LINE").doesNotContain("1000012345");
        CliRun json = CliRun.of("check-annex", "--format", "json", dir.toString());
        JsonNode issue = new ObjectMapper().readTree(json.out()).get("files").get(0).get("issues").get(0);
        assertThat(issue.get("rule").asText()).isEqualTo("BEN-LINE");
        assertThat(issue.get("record").asInt()).isEqualTo(1);
        assertThat(issue.get("serviceCode").asText()).isEqualTo("111211");
    }

    @Test
    void exitCodesForBadUsageAndMissingPaths() {
        assertThat(CliRun.of("check-annex", dir.resolve("missing").toString()).code()).isEqualTo(CareplanCli.IO);
        assertThat(CliRun.of("check-annex", "--region", "9級地", dir.toString()).code()).isEqualTo(CareplanCli.USAGE);
        assertThat(CliRun.of("check-annex").code()).isEqualTo(CareplanCli.USAGE);
    }
}
