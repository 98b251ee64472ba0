package dev.careplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.benefit.DifferenceKind;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.kyotaku.ActualsDocument;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReconcileMonthExampleTest {

    @Test
    void theDemoMonthReconcilesAndEveryUserGetsA7thSheet() {
        DemoMonth month = new DemoMonth(YearMonth.of(2025, 6));
        ActualsDocument actuals = new ActualsDocument(CsvVersion.V4_1, DemoMonth.HOME_HELP, DemoMonth.OFFICE,
                DemoMonth.sequence(LocalDateTime.of(2025, 7, 2, 18, 0)), month.month(),
                DemoMonth.actualsOf(DemoMonth.HOME_HELP, month.rows()));
        Map<InsuredNumber, Integer> limits = new TreeMap<>();
        DemoMonth.USERS.forEach(u -> limits.put(u.insured(), u.limitUnits()));
        ReconcileMonthExample.Result r = ReconcileMonthExample.reconcile(month.month(), month.rows(),
                List.of(actuals), limits, LocalDate.of(2025, 7, 3));
        assertThat(r.reconciliation().countByKind()).containsEntry(DifferenceKind.CANCELLED, 1)
                .containsEntry(DifferenceKind.TIME_CHANGED, 1);
        assertThat(r.sheets()).hasSize(3).allMatch(s -> s.complete() && s.totals().excessUnits() == 0);
        List<String> lines = ReconcileMonthExample.report(r);
        assertThat(lines).anyMatch(l -> l.startsWith("reconciliation 1310000002:11") && l.contains("1 cancelled"));
        assertThat(lines).anyMatch(l -> l.startsWith("reconciliation 1310000003:15") && l.contains("no 実績"));
        assertThat(lines).filteredOn(l -> l.startsWith("第7表")).hasSize(3);
        assertThat(String.join("\n", lines)).doesNotContain("1000012345");
    }

    @Test
    void runsOnItsOwnWithoutArguments() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            ReconcileMonthExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("第7表 ********45");
    }
}
