package dev.careplan.benefit;

import static dev.careplan.benefit.Rows.HOME_HELP_11;
import static dev.careplan.benefit.Rows.MONTH;
import static dev.careplan.benefit.Rows.USER_A;
import static dev.careplan.benefit.Rows.row;
import static dev.careplan.benefit.Rows.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthFilesTest {

    private static final Party OFFICE = Party.of("1310000001", "43");
    private static final Party DAY = Party.of("1310000003", "15");

    @TempDir
    Path dir;

    private static SequenceNumber seq(int day) {
        return SequenceNumber.of(LocalDateTime.of(2025, 5, day, 9, 0));
    }

    @Test
    void theLatestPlanOfAUserCountsOnceAndEnvelopesAreSkipped() throws Exception {
        CareplanCsvWriter w = CareplanCsvWriter.strict();
        Path sub = Files.createDirectories(dir.resolve("outbox/a"));
        // The same user's month sent to two providers, then re-sent with one more visit.
        w.write(new ServiceUsePlanDocument(CsvVersion.V4_1, OFFICE, HOME_HELP_11, seq(20), MONTH,
                List.of(visit(2))), sub);
        w.write(new ServiceUsePlanDocument(CsvVersion.V4_1, OFFICE, DAY, seq(20), MONTH, List.of(visit(2))), sub);
        w.write(new ServiceUsePlanDocument(CsvVersion.V4_1, OFFICE, HOME_HELP_11, seq(25), MONTH,
                List.of(visit(2), visit(9))), dir);
        Files.writeString(dir.resolve("UPPLAN_202506_1310000001_43_1310000002_11_20250525090000.CSV.p7m"), "x");
        Files.writeString(dir.resolve("journal.jsonl"), "{}");
        MonthFiles f = MonthFiles.read(List.of(dir), Optional.empty());
        assertThat(f.month()).isEqualTo(MONTH);
        assertThat(f.planRows()).hasSize(2);
        assertThat(f.toString()).doesNotContain("1000012345");
    }

    @Test
    void aLaterActualsFileReplacesTheEarlierOneOfTheSameProviderAndUser() throws Exception {
        CareplanCsvWriter w = CareplanCsvWriter.strict();
        w.write(new ActualsDocument(CsvVersion.V4_1, HOME_HELP_11, OFFICE, seq(28), MONTH, List.of(visit(2))), dir);
        w.write(new ActualsDocument(CsvVersion.V4_1, HOME_HELP_11, OFFICE, seq(29), MONTH,
                List.of(visit(2), visit(3))), dir);
        MonthFiles f = MonthFiles.read(List.of(dir), Optional.empty());
        assertThat(f.actualRows()).hasSize(2);
        assertThat(f.reportingProviders()).containsExactly(HOME_HELP_11);
        Reconciliation r = Reconciler.standard().reconcile(MONTH, List.of(visit(2), visit(3)), f.actuals());
        assertThat(r.differencesOf(USER_A)).isEmpty();
    }

    @Test
    void severalMonthsNeedAChoice() throws Exception {
        CareplanCsvWriter w = CareplanCsvWriter.strict();
        w.write(new ServiceUsePlanDocument(CsvVersion.V4_1, OFFICE, HOME_HELP_11, seq(20), MONTH,
                List.of(visit(2))), dir);
        YearMonth july = MONTH.plusMonths(1);
        w.write(new ServiceUsePlanDocument(CsvVersion.V4_1, OFFICE, HOME_HELP_11, seq(21), july,
                List.of(row(1).targetYearMonth(july).serviceDate(july.atDay(1)).build())), dir);
        assertThatThrownBy(() -> MonthFiles.read(List.of(dir), Optional.empty()))
                .isInstanceOf(BenefitInputException.class).hasMessageContaining("several months");
        assertThat(MonthFiles.read(List.of(dir), Optional.of(july)).planRows()).hasSize(1);
    }

    @Test
    void anUntypableRecordIsReportedWithFileAndRecord() throws Exception {
        Path f = CareplanCsvWriter.strict().write(new ServiceUsePlanDocument(CsvVersion.V4_1, OFFICE, HOME_HELP_11,
                seq(20), MONTH, List.of(visit(2))), dir).path();
        String text = Files.readString(f, java.nio.charset.Charset.forName("windows-31j"));
        Files.writeString(f, text.replace("111211", "11121"), java.nio.charset.Charset.forName("windows-31j"));
        assertThatThrownBy(() -> MonthFiles.read(List.of(dir), Optional.empty()))
                .isInstanceOf(BenefitInputException.class)
                .hasMessageContaining(f.getFileName().toString()).hasMessageContaining("record 1")
                .hasMessageNotContaining("1000012345");
    }
}
