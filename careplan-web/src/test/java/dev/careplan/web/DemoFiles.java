package dev.careplan.web;

import dev.careplan.benefit.MonthFiles;
import dev.careplan.benefit.Reconciler;
import dev.careplan.benefit.Reconciliation;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.examples.DemoMonth;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.Party;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.WeeklyServicePlanDocument;
import dev.careplan.model.kyotaku.WeeklyServicePlanRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The demo office's month as the tests' input, written as {@code careplan demo --keep} lays it out: the office's
 * outbox (plan and 利用票 units for each provider) and each provider's outbox (its 実績). Generated from
 * {@link DemoMonth} for a fixed month and fixed sequence numbers, never checked in.
 */
final class DemoFiles {

    /** The month every web test works on. */
    static final YearMonth MONTH = YearMonth.of(2028, 2);

    private static final LocalDateTime CREATED = LocalDateTime.of(2028, 1, 25, 9, 30);

    private DemoFiles() {
    }

    /** Writes the month under {@code root}; returns the files written. */
    static List<Path> write(Path root) throws IOException {
        DemoMonth month = new DemoMonth(MONTH);
        CareplanCsvWriter writer = CareplanCsvWriter.strict();
        List<Path> out = new ArrayList<>();
        Path office = Files.createDirectories(root.resolve(folder(DemoMonth.OFFICE)).resolve("outbox"));
        for (Party provider : List.of(DemoMonth.HOME_HELP, DemoMonth.DAY_SERVICE)) {
            for (CareplanDocument d : month.planUnit(provider, DemoMonth.sequence(CREATED))) {
                out.add(writer.write(d, office).path());
            }
            for (CareplanDocument d : month.useUnit(provider, DemoMonth.sequence(CREATED.plusMinutes(1)))) {
                out.add(writer.write(d, office).path());
            }
            Path outbox = Files.createDirectories(root.resolve(folder(provider)).resolve("outbox"));
            ActualsDocument actuals = new ActualsDocument(CsvVersion.V4_1, provider, DemoMonth.OFFICE,
                    DemoMonth.sequence(CREATED.plusDays(30)), MONTH, DemoMonth.actualsOf(provider, month.rows()));
            out.add(writer.write(actuals, outbox).path());
        }
        return out;
    }

    /** Every regular file under {@code root}. */
    static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * The weekly services (第3表 rows with a 介護サービス内容) the demo plans per user, counted once however many
     * providers the plan went to: the number of blocks the week grid must show.
     */
    static Map<InsuredNumber, Integer> weeklyServices() {
        DemoMonth month = new DemoMonth(MONTH);
        Map<InsuredNumber, Set<List<Object>>> distinct = new TreeMap<>();
        for (Party provider : List.of(DemoMonth.HOME_HELP, DemoMonth.DAY_SERVICE)) {
            for (CareplanDocument d : month.planUnit(provider, DemoMonth.sequence(CREATED))) {
                if (d instanceof WeeklyServicePlanDocument w) {
                    for (WeeklyServicePlanRecord r : w.rows()) {
                        if (!r.careServiceContent().isEmpty()) {
                            distinct.computeIfAbsent(r.insuredNumber(), k -> new HashSet<>()).add(List.of(
                                    r.careServiceContent(), r.dayOfWeek(), r.serviceStartTime(), r.serviceEndTime()));
                        }
                    }
                }
            }
        }
        Map<InsuredNumber, Integer> out = new TreeMap<>();
        distinct.forEach((u, s) -> out.put(u, s.size()));
        return out;
    }

    /**
     * The entries the month calendar must mark per user: each planned visit that differs from its 実績 once (however
     * many ways it differs), each added visit once.
     */
    static Map<InsuredNumber, Integer> differences(Path root) throws IOException {
        MonthFiles m = MonthFiles.read(List.of(root), Optional.empty());
        Reconciliation r = Reconciler.standard().reconcile(m.month(), m.planRows(), m.actuals());
        Map<InsuredNumber, Integer> out = new TreeMap<>();
        for (InsuredNumber u : r.users()) {
            out.put(u, (int) r.differencesOf(u).stream().map(d -> d.planned().isPresent()
                    ? System.identityHashCode(d.planned().get()) : System.identityHashCode(d)).distinct().count());
        }
        return out;
    }

    private static String folder(Party p) {
        return p.office().value() + "-" + p.kind().code();
    }
}
