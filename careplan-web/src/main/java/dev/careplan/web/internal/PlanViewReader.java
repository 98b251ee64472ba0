package dev.careplan.web.internal;

import dev.careplan.benefit.AnnexCalculator;
import dev.careplan.benefit.AnnexSheet;
import dev.careplan.benefit.BenefitLimits;
import dev.careplan.benefit.CopayShare;
import dev.careplan.benefit.Difference;
import dev.careplan.benefit.DifferenceKind;
import dev.careplan.benefit.MatchedVisit;
import dev.careplan.benefit.MonthFiles;
import dev.careplan.benefit.Reconciler;
import dev.careplan.benefit.Reconciliation;
import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceCodeEntry;
import dev.careplan.benefit.ServiceCodeMaster;
import dev.careplan.benefit.UserMonth;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.web.internal.PlanView.DayEntry;
import dev.careplan.web.internal.PlanView.KindUnits;
import dev.careplan.web.internal.PlanView.State;
import dev.careplan.web.internal.PlanView.Totals;
import dev.careplan.web.internal.PlanView.UserView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the month-bound files ({@link MonthFiles}) and the 第3表 ({@link WeeklyPlans}) found in folders and makes the
 * {@link PlanView}: reconciles 予定 with 実績 where 実績 were given, and recomputes each user's 第7表 with the
 * service-code master.
 */
public final class PlanViewReader {

    private final ServiceCodeMaster master;
    private final RegionGrade region;

    /** A reader pricing with {@code master} and {@code region} for every provider. */
    public PlanViewReader(ServiceCodeMaster master, RegionGrade region) {
        this.master = master;
        this.region = region;
    }

    /**
     * Reads the folders (searched recursively) or files.
     *
     * @throws dev.careplan.benefit.BenefitInputException when the files hold no month, several months without
     *                                                    {@code month}, or a record that cannot be typed
     */
    public PlanView read(List<Path> paths, Optional<YearMonth> month) throws IOException {
        MonthFiles files = MonthFiles.read(paths, month);
        Map<InsuredNumber, PlanView.Week> weeks = WeeklyPlans.read(paths);
        boolean actualsGiven = !files.actuals().isEmpty();
        Optional<Reconciliation> r = actualsGiven
                ? Optional.of(Reconciler.standard().reconcile(files.month(), files.planRows(), files.actuals()))
                : Optional.empty();
        SortedSet<InsuredNumber> users = new TreeSet<>(weeks.keySet());
        files.planRows().forEach(x -> users.add(x.insuredNumber()));
        files.actualRows().forEach(x -> users.add(x.insuredNumber()));
        users.addAll(files.supplements().keySet());
        List<UserView> out = new ArrayList<>();
        for (InsuredNumber u : users) {
            List<ServiceUseRecord> planned = files.planRows().stream().filter(x -> x.insuredNumber().equals(u))
                    .toList();
            List<DayEntry> days = r.map(rec -> reconciledDays(rec, u)).orElseGet(() -> plannedDays(planned));
            List<ServiceUseRecord> billed = r.map(rec -> rec.reconciledRowsOf(u)).orElse(planned);
            SupplementaryUserRecord sup = files.supplements().get(u);
            Optional<Totals> totals = totals(files, u, billed, sup);
            out.add(new UserView(u, sup == null ? "" : sup.name(), Optional.ofNullable(weeks.get(u)), days,
                    actualsGiven, totals));
        }
        return new PlanView(files.month(), out);
    }

    private List<DayEntry> plannedDays(List<ServiceUseRecord> planned) {
        List<DayEntry> out = new ArrayList<>();
        for (ServiceUseRecord p : planned) {
            out.add(new DayEntry(p.serviceDate(), time(p), label(p), State.PLANNED, "", ""));
        }
        return sorted(out);
    }

    private List<DayEntry> reconciledDays(Reconciliation r, InsuredNumber u) {
        List<DayEntry> out = new ArrayList<>();
        Map<ServiceUseRecord, List<Difference>> byPlanned = new IdentityHashMap<>();
        for (Difference d : r.differencesOf(u)) {
            switch (d.kind()) {
                case CANCELLED, NOT_REPORTED -> {
                    ServiceUseRecord p = d.planned().orElseThrow();
                    State s = d.kind() == DifferenceKind.CANCELLED ? State.CANCELLED : State.NOT_REPORTED;
                    out.add(new DayEntry(d.date(), time(p), label(p), s, d.kind().ja(), d.kind().en()));
                }
                case ADDED -> {
                    ServiceUseRecord a = d.actual().orElseThrow();
                    out.add(new DayEntry(d.date(), time(a), label(a), State.ADDED, d.kind().ja(), d.kind().en()));
                }
                default -> byPlanned.computeIfAbsent(d.planned().orElseThrow(), k -> new ArrayList<>()).add(d);
            }
        }
        for (MatchedVisit m : r.matchedOf(u)) {
            ServiceUseRecord p = m.planned();
            if (m.asPlanned()) {
                out.add(new DayEntry(p.serviceDate(), time(p), label(p), State.AS_PLANNED, "", ""));
                continue;
            }
            List<Difference> ds = byPlanned.getOrDefault(p, List.of());
            String ja = ds.isEmpty() ? m.kinds().stream().map(DifferenceKind::ja).collect(Collectors.joining("・"))
                    : ds.stream().map(d -> d.kind().ja() + " " + arrow(d)).collect(Collectors.joining("・"));
            String en = ds.isEmpty() ? m.kinds().stream().map(DifferenceKind::en).collect(Collectors.joining(", "))
                    : ds.stream().map(d -> d.kind().en() + " " + arrow(d)).collect(Collectors.joining(", "));
            out.add(new DayEntry(p.serviceDate(), time(p), label(p), State.CHANGED, ja, en));
        }
        return sorted(out);
    }

    private static String arrow(Difference d) {
        if (d.kind() == DifferenceKind.TIME_CHANGED) {
            return times(d.planned().orElseThrow()) + " → " + times(d.actual().orElseThrow());
        }
        return d.before() + " → " + d.after();
    }

    private static List<DayEntry> sorted(List<DayEntry> entries) {
        entries.sort(Comparator.comparing(DayEntry::date).thenComparing(DayEntry::time).thenComparing(DayEntry::label));
        return entries;
    }

    private Optional<Totals> totals(MonthFiles files, InsuredNumber u, List<ServiceUseRecord> rows,
            SupplementaryUserRecord sup) {
        Optional<Integer> limit = Optional.ofNullable(sup).flatMap(s -> s.benefitLimitUnits()
                .or(() -> s.careLevel().map(BenefitLimits::limitOf)));
        if (limit.isEmpty() || rows.isEmpty()) {
            return Optional.empty();
        }
        // The 給付率 of the 第7表 sent with the month, where there is one; 9割 (1割負担) otherwise.
        int rate = files.annexRows().getOrDefault(u, List.of()).stream()
                .filter(a -> a.serviceCode().equals(ServiceCode.GRAND_TOTAL))
                .flatMap(a -> a.benefitRate().stream()).findFirst().orElse(90);
        CopayShare copay = rate == 80 ? CopayShare.TWO : rate == 70 ? CopayShare.THREE : CopayShare.ONE;
        AnnexCalculator calc = AnnexCalculator.builder().master(master).defaultRegion(region)
                .createdDate(rows.get(0).createdDate()).build();
        AnnexSheet sheet = calc.calculate(new UserMonth(u, files.month(), rows, limit.get(), copay));
        Map<ServiceKind, Integer> perKind = new TreeMap<>();
        for (ServiceUseAnnexRecord a : sheet.detailRows()) {
            perKind.merge(a.serviceCode().kind(), a.serviceUnitAmount().orElse(0), Integer::sum);
        }
        List<KindUnits> kinds = perKind.entrySet().stream().map(e -> new KindUnits(e.getKey().code(),
                e.getKey().name().orElse(""), e.getValue())).toList();
        var t = sheet.totals();
        return Optional.of(new Totals(kinds, sheet.limitUnits(), t.managementUnits(), t.excessUnits(), t.totalCost(),
                t.claim(), t.userPays(), sheet.complete()));
    }

    private String label(ServiceUseRecord r) {
        String name = master.lookup(r.serviceCode()).map(ServiceCodeEntry::name)
                .orElseGet(() -> r.serviceCode().kind().name().orElse(r.serviceCode().value()));
        return r.serviceOfficeName().isEmpty() ? name : name + "（" + r.serviceOfficeName() + "）";
    }

    private static String time(ServiceUseRecord r) {
        return r.serviceStartTime().isNone() ? "" : times(r);
    }

    private static String times(ServiceUseRecord r) {
        return hhmm(r.serviceStartTime()) + "-" + hhmm(r.serviceEndTime());
    }

    /** {@code 09:30}; a service without a time ({@code 9999}) shows as {@code --:--}. */
    static String hhmm(ServiceTime t) {
        return t.minuteOfDay().map(m -> String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60)).orElse("--:--");
    }
}
