package dev.careplan.benefit.internal;

import dev.careplan.benefit.Difference;
import dev.careplan.benefit.DifferenceKind;
import dev.careplan.benefit.MatchedVisit;
import dev.careplan.benefit.ServiceRows;
import dev.careplan.model.Party;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** The passes of {@link dev.careplan.benefit.Reconciler}, on index arrays so that each row is matched once. */
public final class VisitMatcher {

    /** Distance given to a pair where only one side has a time: worse than any real distance. */
    private static final int NO_TIME = 10_000;

    /** Rows in a fixed order so that the result never depends on the order of the input files. */
    public static final Comparator<ServiceUseRecord> ROW_ORDER = Comparator
            .comparing(ServiceUseRecord::insuredNumber)
            .thenComparing(ServiceUseRecord::serviceDate)
            .thenComparing(ServiceUseRecord::serviceOfficeNumber)
            .thenComparing(ServiceUseRecord::serviceCode)
            .thenComparing(ServiceUseRecord::serviceStartTime)
            .thenComparing(ServiceUseRecord::serviceEndTime)
            .thenComparingInt(ServiceUseRecord::serviceCount)
            .thenComparing(r -> r.detailSeqNo().orElse(0))
            .thenComparing(r -> r.units().orElse(0));

    /** What the passes found. */
    public record Result(List<ServiceUseRecord> planned, List<ServiceUseRecord> actual, List<MatchedVisit> matched,
            List<Difference> differences) {
    }

    private final List<ServiceUseRecord> planned;
    private final List<ServiceUseRecord> actual;
    private final boolean[] plannedDone;
    private final boolean[] actualDone;
    private final List<MatchedVisit> matched = new ArrayList<>();
    private final List<Difference> differences = new ArrayList<>();

    private VisitMatcher(List<ServiceUseRecord> planned, List<ServiceUseRecord> actual) {
        this.planned = planned.stream().sorted(ROW_ORDER).toList();
        this.actual = actual.stream().sorted(ROW_ORDER).toList();
        this.plannedDone = new boolean[this.planned.size()];
        this.actualDone = new boolean[this.actual.size()];
    }

    /** Runs the passes. */
    public static Result match(List<ServiceUseRecord> planned, List<ServiceUseRecord> actual, Set<Party> reporting) {
        VisitMatcher m = new VisitMatcher(planned, actual);
        for (int i = 0; i < m.planned.size(); i++) {
            ServiceUseRecord p = m.planned.get(i);
            if (!reporting.contains(ServiceRows.provider(p))) {
                m.plannedDone[i] = true;
                m.differences.add(new Difference(DifferenceKind.NOT_REPORTED, p.insuredNumber(), p.serviceDate(),
                        Optional.of(p), Optional.empty()));
            }
        }
        m.pass(r -> r.insuredNumber().value() + "|" + r.serviceOfficeNumber() + "|" + r.serviceDate() + "|"
                + r.serviceCode(), Integer.MAX_VALUE);
        m.pass(r -> r.insuredNumber().value() + "|" + r.serviceDate() + "|" + r.serviceCode(), Integer.MAX_VALUE);
        m.pass(r -> r.insuredNumber().value() + "|" + r.serviceOfficeNumber() + "|" + r.serviceDate() + "|"
                + r.serviceCode().kind(), 0);
        for (int i = 0; i < m.planned.size(); i++) {
            if (!m.plannedDone[i]) {
                ServiceUseRecord p = m.planned.get(i);
                m.differences.add(new Difference(DifferenceKind.CANCELLED, p.insuredNumber(), p.serviceDate(),
                        Optional.of(p), Optional.empty()));
            }
        }
        for (int j = 0; j < m.actual.size(); j++) {
            if (!m.actualDone[j]) {
                ServiceUseRecord a = m.actual.get(j);
                m.differences.add(new Difference(DifferenceKind.ADDED, a.insuredNumber(), a.serviceDate(),
                        Optional.empty(), Optional.of(a)));
            }
        }
        m.differences.sort(Comparator.comparing(Difference::user).thenComparing(Difference::date)
                .thenComparing(d -> d.provider().office())
                .thenComparing(d -> d.planned().orElseGet(d.actual()::orElseThrow).serviceCode())
                .thenComparing(d -> d.planned().orElseGet(d.actual()::orElseThrow).serviceStartTime())
                .thenComparing(Difference::kind));
        return new Result(m.planned, m.actual, m.matched, m.differences);
    }

    /** One pass: pairs unmatched rows with the same key, closest times first, up to {@code maxDistance} minutes. */
    private void pass(Function<ServiceUseRecord, String> key, int maxDistance) {
        Map<String, List<Integer>> plannedByKey = group(planned, plannedDone, key);
        Map<String, List<Integer>> actualByKey = group(actual, actualDone, key);
        for (Map.Entry<String, List<Integer>> e : plannedByKey.entrySet()) {
            List<Integer> as = actualByKey.get(e.getKey());
            if (as == null) {
                continue;
            }
            List<int[]> candidates = new ArrayList<>();
            for (int i : e.getValue()) {
                for (int j : as) {
                    int start = distance(planned.get(i).serviceStartTime(), actual.get(j).serviceStartTime());
                    if (start <= maxDistance) {
                        candidates.add(new int[] {start,
                            distance(planned.get(i).serviceEndTime(), actual.get(j).serviceEndTime()), i, j});
                    }
                }
            }
            candidates.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1])
                    .thenComparingInt(c -> c[2]).thenComparingInt(c -> c[3]));
            for (int[] c : candidates) {
                if (!plannedDone[c[2]] && !actualDone[c[3]]) {
                    plannedDone[c[2]] = true;
                    actualDone[c[3]] = true;
                    pair(planned.get(c[2]), actual.get(c[3]));
                }
            }
        }
    }

    private static Map<String, List<Integer>> group(List<ServiceUseRecord> rows, boolean[] done,
            Function<ServiceUseRecord, String> key) {
        Map<String, List<Integer>> out = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!done[i]) {
                out.computeIfAbsent(key.apply(rows.get(i)), k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    private static int distance(ServiceTime a, ServiceTime b) {
        Optional<Integer> x = a.minuteOfDay();
        Optional<Integer> y = b.minuteOfDay();
        if (x.isEmpty() && y.isEmpty()) {
            return 0;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return NO_TIME;
        }
        return Math.abs(x.get() - y.get());
    }

    private void pair(ServiceUseRecord p, ServiceUseRecord a) {
        Set<DifferenceKind> kinds = EnumSet.noneOf(DifferenceKind.class);
        if (!p.serviceOfficeNumber().equals(a.serviceOfficeNumber())) {
            kinds.add(DifferenceKind.PROVIDER_CHANGED);
        }
        boolean sameCode = p.serviceCode().equals(a.serviceCode());
        if (!sameCode) {
            kinds.add(DifferenceKind.SERVICE_CODE_CHANGED);
        }
        if (!p.serviceStartTime().equals(a.serviceStartTime()) || !p.serviceEndTime().equals(a.serviceEndTime())) {
            kinds.add(DifferenceKind.TIME_CHANGED);
        }
        if (p.serviceCount() != a.serviceCount()) {
            kinds.add(DifferenceKind.COUNT_CHANGED);
        }
        if (sameCode && !p.units().equals(a.units())) {
            kinds.add(DifferenceKind.UNITS_CHANGED);
        }
        if (!p.proratedDayFlags().equals(a.proratedDayFlags())) {
            kinds.add(DifferenceKind.PRORATED_DAYS_CHANGED);
        }
        matched.add(new MatchedVisit(p, a, List.copyOf(kinds)));
        for (DifferenceKind k : kinds) {
            differences.add(new Difference(k, p.insuredNumber(), p.serviceDate(), Optional.of(p), Optional.of(a)));
        }
    }
}
