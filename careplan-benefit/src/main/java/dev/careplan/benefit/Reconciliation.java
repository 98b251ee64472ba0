package dev.careplan.benefit;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.Party;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The result of 予定と実績の突合 for one month: every visit matched, every difference, and planned against
 * delivered units per user, provider and service kind.
 *
 * @param month              the service month (対象年月)
 * @param planned            the 予定 rows that took part, in a fixed order
 * @param actual             the 実績 rows that took part, in a fixed order
 * @param matched            the planned rows matched to an actual row, with what differs
 * @param differences        every difference, ordered by user, date, provider, service code and kind
 * @param reportingProviders the providers (office × kind) whose 実績 was received
 */
public record Reconciliation(YearMonth month, List<ServiceUseRecord> planned, List<ServiceUseRecord> actual,
        List<MatchedVisit> matched, List<Difference> differences, SortedSet<Party> reportingProviders) {

    /** Checks that nothing is null and copies the collections. */
    public Reconciliation {
        Objects.requireNonNull(month, "month");
        planned = List.copyOf(planned);
        actual = List.copyOf(actual);
        matched = List.copyOf(matched);
        differences = List.copyOf(differences);
        reportingProviders = Collections.unmodifiableSortedSet(new TreeSet<>(reportingProviders));
    }

    /** The users with a 予定 or 実績 row, in insured-number order. */
    public SortedSet<InsuredNumber> users() {
        SortedSet<InsuredNumber> out = new TreeSet<>();
        planned.forEach(r -> out.add(r.insuredNumber()));
        actual.forEach(r -> out.add(r.insuredNumber()));
        return Collections.unmodifiableSortedSet(out);
    }

    /** The differences of one user, in the order of {@link #differences()}. */
    public List<Difference> differencesOf(InsuredNumber user) {
        return differences.stream().filter(d -> d.user().equals(user)).toList();
    }

    /** The matched visits of one user. */
    public List<MatchedVisit> matchedOf(InsuredNumber user) {
        return matched.stream().filter(m -> m.planned().insuredNumber().equals(user)).toList();
    }

    /** How many differences of each kind (kinds without any are left out). */
    public Map<DifferenceKind, Integer> countByKind() {
        Map<DifferenceKind, Integer> out = new EnumMap<>(DifferenceKind.class);
        differences.forEach(d -> out.merge(d.kind(), 1, Integer::sum));
        return Collections.unmodifiableMap(out);
    }

    /** Planned against delivered units per user. */
    public SortedMap<InsuredNumber, UnitsSummary> byUser() {
        return summarise(ServiceUseRecord::insuredNumber);
    }

    /** Planned against delivered units per provider (サービス事業者コード × service kind). */
    public SortedMap<Party, UnitsSummary> byProvider() {
        return summarise(ServiceRows::provider);
    }

    /** Planned against delivered units per service kind (サービス種類). */
    public SortedMap<ServiceKind, UnitsSummary> byKind() {
        return summarise(r -> r.serviceCode().kind());
    }

    /** Planned against delivered units of one user per provider. */
    public SortedMap<Party, UnitsSummary> byProviderOf(InsuredNumber user) {
        return summarise(ServiceRows::provider, user);
    }

    /** Planned against delivered units of the whole month. */
    public UnitsSummary total() {
        return byUser().values().stream().reduce(UnitsSummary.ZERO, UnitsSummary::plus);
    }

    private <K extends Comparable<K>> SortedMap<K, UnitsSummary> summarise(Function<ServiceUseRecord, K> key) {
        return summarise(key, null);
    }

    private <K extends Comparable<K>> SortedMap<K, UnitsSummary> summarise(Function<ServiceUseRecord, K> key,
            InsuredNumber only) {
        SortedMap<K, UnitsSummary> out = new TreeMap<>();
        for (ServiceUseRecord r : planned) {
            if (only == null || r.insuredNumber().equals(only)) {
                out.merge(key.apply(r), new UnitsSummary(ServiceRows.totalUnits(r), 0), UnitsSummary::plus);
            }
        }
        for (ServiceUseRecord r : actual) {
            if (only == null || r.insuredNumber().equals(only)) {
                out.merge(key.apply(r), new UnitsSummary(0, ServiceRows.totalUnits(r)), UnitsSummary::plus);
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * The rows that stand for what was delivered to a user: the 実績 rows, and the 予定 rows of providers that sent
     * no 実績 (their plan stands until they report). This is what the 第7表 and the 給付管理票 of the month are
     * computed from once the month is reconciled.
     */
    public List<ServiceUseRecord> reconciledRowsOf(InsuredNumber user) {
        List<ServiceUseRecord> out = new java.util.ArrayList<>();
        actual.stream().filter(r -> r.insuredNumber().equals(user)).forEach(out::add);
        planned.stream().filter(r -> r.insuredNumber().equals(user)
                && !reportingProviders.contains(ServiceRows.provider(r))).forEach(out::add);
        return List.copyOf(out);
    }

    /** Masked summary: counts only. */
    @Override
    public String toString() {
        return "Reconciliation[" + month + ": " + planned.size() + " planned, " + actual.size() + " actual, "
                + differences.size() + " differences]";
    }
}
