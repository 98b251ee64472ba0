package dev.careplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.crypto.OpenedFile;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.csv.CareplanCsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs and does its task. */
class ExamplesTest {

    static final YearMonth MONTH = YearMonth.of(2025, 6);

    @TempDir
    Path dir;

    @Test
    void exportThenValidateFindsNothingToFix() throws Exception {
        List<Path> files = ExportMonthExample.export(MONTH, dir.resolve("outbox"));
        assertThat(files).extracting(p -> p.getFileName().toString().substring(0, 7))
                .containsExactly("UPPLAN_", "UPSIKYU", "UPHOSOK");
        assertThat(ValidateBeforeSendingExample.check(dir.resolve("outbox"))).isEmpty();
    }

    @Test
    void validationShowsWhatToFixInJapanese() throws Exception {
        List<Path> files = ExportMonthExample.export(MONTH, dir.resolve("outbox"));
        Files.delete(files.get(1));
        assertThat(ValidateBeforeSendingExample.check(dir.resolve("outbox")))
                .anySatisfy(l -> assertThat(l).contains("SU-002").contains("送信単位"));
    }

    @Test
    void importTotalsTheDeliveredUnits() throws Exception {
        DemoMonth m = new DemoMonth(MONTH);
        List<ServiceUseRecord> actual = DemoMonth.actualsOf(DemoMonth.HOME_HELP, m.rows());
        Path f = CareplanCsvWriter.strict().write(new ActualsDocument(CsvVersion.V4_1, DemoMonth.HOME_HELP,
                DemoMonth.OFFICE, DemoMonth.sequence(java.time.LocalDateTime.of(2025, 7, 1, 10, 0)), MONTH, actual),
                dir).path();
        Map<ImportActualsExample.UserService, Integer> totals = ImportActualsExample.unitsByUserAndService(f);
        assertThat(totals.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(actual.stream().mapToInt(r -> r.units().orElse(0)).sum());
        assertThat(totals).containsKey(new ImportActualsExample.UserService(InsuredNumber.of("1000012345"),
                ServiceCode.of("111211")));
        assertThat(totals.keySet()).allSatisfy(k -> assertThat(k.toString()).startsWith("********"));
    }

    @Test
    void aVisitGivenTwiceOnADayCountsTwice() throws Exception {
        // June 2025: 山田's 111211 (250 units) on its 5 Mondays and 4 Thursdays; the 実績 drop the last visit (the
        // 30th) and the first (the 2nd) is given twice (サービス回数 2): 7 × 250 + 2 × 250 = 2,250 units.
        List<ServiceUseRecord> actual = new java.util.ArrayList<>(DemoMonth.actualsOf(DemoMonth.HOME_HELP,
                new DemoMonth(MONTH).rows()));
        ServiceUseRecord r = actual.get(0);
        assertThat(r.serviceDate()).isEqualTo(MONTH.atDay(2));
        actual.set(0, r.toBuilder().serviceCount(2).build());
        Path f = CareplanCsvWriter.strict().write(new ActualsDocument(CsvVersion.V4_1, DemoMonth.HOME_HELP,
                DemoMonth.OFFICE, DemoMonth.sequence(java.time.LocalDateTime.of(2025, 7, 1, 10, 0)), MONTH, actual),
                dir).path();
        assertThat(ImportActualsExample.unitsByUserAndService(f)).containsEntry(new ImportActualsExample.UserService(
                InsuredNumber.of("1000012345"), ServiceCode.of("111211")), 2250);
    }

    @Test
    void sealAndOpenGiveTheSameBytes() throws Exception {
        Path f = ExportMonthExample.export(MONTH, dir.resolve("outbox")).get(0);
        OpenedFile o = SealAndOpenExample.sealAndOpen(f, dir.resolve("sealed"), dir.resolve("inbox"));
        assertThat(o.file()).hasSameBinaryContentAs(f);
        assertThat(o.sender()).isEqualTo(DemoMonth.OFFICE);
    }

    @Test
    void folderHandOffBothWays() throws Exception {
        List<Path> files = ExportMonthExample.export(MONTH, dir.resolve("export"));
        var id = FolderHandOffExample.handOver(files, dir.resolve("client/out"), dir.resolve("client/in"));
        assertThat(dir.resolve("client/out")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("UPPLAN"));
        for (Path p : files) {
            Files.copy(p, dir.resolve("client/in").resolve(p.getFileName()));
        }
        assertThat(FolderHandOffExample.pickUp(dir.resolve("client/out"), dir.resolve("client/in"),
                dir.resolve("received"))).containsExactly(id);
        assertThat(dir.resolve("client/in")).isEmptyDirectory();
    }

    @Test
    void everyTaskExampleRunsOnItsOwnWithoutArguments() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ImportActualsExample.main(new String[] {"--month", "2025-06"});
            ValidateBeforeSendingExample.main(new String[] {"--month=2025-06"});
            SealAndOpenExample.main(new String[] {"--month", "2025-06"});
            FolderHandOffExample.main(new String[] {dir.resolve("client").toString(), "--month", "2025-06"});
        } finally {
            System.setOut(console);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("units delivered per user/service")
                .contains("送信できます。").contains("opened UPPLAN_").contains("picked up ")
                .doesNotContain("1000012345");
    }

    @Test
    void theMonthlyExchangeRunsThroughTheRelay() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MonthlyExchangeDemo.Summary s = MonthlyExchangeDemo.run(dir.resolve("work"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.systemUTC(), MONTH);
        assertThat(s.unitsSent()).isEqualTo(6);
        assertThat(s.unitsReceived()).isEqualTo(6);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("1 cancelled, 1 with a changed time");
    }
}
