package dev.careplan.benefit;

import static dev.careplan.benefit.Rows.MONTH;
import static dev.careplan.benefit.Rows.USER_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.CareLevel;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the reconciliation and the 第7表 over generated months (fixed seeds: the runs repeat exactly). */
class BenefitProperties {

    /** Code, office and units of the services generated: visits, day services, a doctor outside the limit. */
    private record Service(String code, String office, int units) {
    }

    private static final List<Service> SERVICES = List.of(
            new Service("111211", "1310000002", 250), new Service("111311", "1310000002", 396),
            new Service("111211", "1310000009", 250), new Service("151231", "1310000003", 658),
            new Service("151331", "1310000003", 770), new Service("311111", "1310000006", 515),
            new Service("121111", "1310000005", 1266));

    private static Gen<ServiceUseRecord> rows() {
        return Generate.pick(SERVICES).zip(integers().between(1, 30), integers().between(0, 23),
                integers().between(1, 3), integers().between(-50, 50), (s, day, hour, count, unitsDelta) ->
                        Rows.row(day).serviceCode(ServiceCode.of(s.code())).serviceOfficeNumber(OfficeNumber.of(
                                s.office())).units(Math.max(1, s.units() + unitsDelta)).serviceCount(count)
                                .serviceStartTime(ServiceTime.of(String.format("%02d00", hour)))
                                .serviceEndTime(ServiceTime.of(String.format("%02d30", hour))).build());
    }

    private static Gen<List<ServiceUseRecord>> months() {
        return lists().of(rows()).ofSizeBetween(1, 60);
    }

    @Test
    void sheetsAddUp() {
        qt().withFixedSeed(20250601L).withExamples(200)
                .forAll(months(), Generate.enumValues(CareLevel.class), Generate.enumValues(CopayShare.class),
                        Generate.enumValues(RegionGrade.class))
                .checkAssert((rows, level, copay, grade) -> {
                    AnnexSheet s = AnnexCalculator.builder().master(ServiceCodeMaster.sample()).defaultRegion(grade)
                            .createdDate(LocalDate.of(2025, 5, 26)).build()
                            .calculate(UserMonth.of(USER_A, MONTH, rows, level, copay));
                    checkSheet(s, rows);
                    assertThat(AnnexChecker.standard(ServiceCodeMaster.sample()).check(s.rows(), "generated",
                            s.limitUnits())).isEmpty();
                });
    }

    private static void checkSheet(AnnexSheet s, List<ServiceUseRecord> rows) {
        AnnexTotals t = s.totals();
        int units = rows.stream().mapToInt(ServiceRows::totalUnits).sum();
        // Σ lines = total, per provider × kind Σ lines = its subtotal.
        assertThat(s.detailRows().stream().mapToInt(r -> r.serviceUnitAmount().orElseThrow()).sum()).isEqualTo(units);
        assertThat(t.serviceUnits()).isEqualTo(units);
        Map<Party, Integer> perGroup = new LinkedHashMap<>();
        s.detailRows().forEach(r -> perGroup.merge(new Party(r.serviceOfficeNumber(), r.serviceCode().kind()),
                r.serviceUnitAmount().orElseThrow(), Integer::sum));
        for (ServiceUseAnnexRecord r : s.rows()) {
            if (r.serviceCode().summary() == ServiceCode.Summary.SUBTOTAL_WITHIN_LIMIT
                    || r.serviceCode().summary() == ServiceCode.Summary.SUBTOTAL_OUTSIDE_LIMIT) {
                assertThat(r.serviceUnitAmount().orElseThrow())
                        .isEqualTo(perGroup.get(new Party(r.serviceOfficeNumber(), r.serviceCode().kind())));
            }
            // 基準内 + 超過 = units, on every row.
            assertThat(r.categoryLimitWithinUnits().orElseThrow() + r.categoryLimitExcessUnits().orElseThrow())
                    .isEqualTo(r.serviceUnitAmount().orElseThrow());
            // 費用総額 ≥ 保険給付額 ≥ 0, and user share + benefit = cost, where amounts are given.
            r.totalCostCovered().ifPresent(cost -> {
                int claim = r.insuranceClaimAmount().orElseThrow();
                assertThat(cost).isGreaterThanOrEqualTo(claim);
                assertThat(claim).isNotNegative();
                assertThat(r.copayCovered().orElseThrow() + claim).isEqualTo(cost);
            });
        }
        assertThat(t.withinUnits() + t.excessUnits()).isEqualTo(t.serviceUnits());
        assertThat(t.excessUnits()).isEqualTo(Math.max(0, t.managementUnits() - s.limitUnits()));
        assertThat(t.totalCost()).isGreaterThanOrEqualTo(t.claim()).isGreaterThanOrEqualTo(0);
        assertThat(t.copayCovered() + t.claim()).isEqualTo(t.totalCost());
    }

    @Test
    void reconciliationAccountsForEveryRow() {
        qt().withFixedSeed(20250602L).withExamples(200).forAll(months(), months())
                .checkAssert((plan, actual) -> {
                    Set<Party> reporting = new HashSet<>();
                    actual.forEach(r -> reporting.add(ServiceRows.provider(r)));
                    Reconciliation r = Reconciler.standard().reconcile(MONTH, plan, actual, reporting);
                    Map<DifferenceKind, Integer> n = r.countByKind();
                    int matched = r.matched().size();
                    assertThat(matched + n.getOrDefault(DifferenceKind.CANCELLED, 0)
                            + n.getOrDefault(DifferenceKind.NOT_REPORTED, 0)).isEqualTo(plan.size());
                    assertThat(matched + n.getOrDefault(DifferenceKind.ADDED, 0)).isEqualTo(actual.size());
                    assertThat(r.total().planned()).isEqualTo(plan.stream().mapToInt(ServiceRows::totalUnits).sum());
                    assertThat(r.total().delivered())
                            .isEqualTo(actual.stream().mapToInt(ServiceRows::totalUnits).sum());
                    assertThat(r.byProvider().values().stream().reduce(UnitsSummary.ZERO, UnitsSummary::plus))
                            .isEqualTo(r.total());
                    assertThat(r.byKind().values().stream().reduce(UnitsSummary.ZERO, UnitsSummary::plus))
                            .isEqualTo(r.total());
                    // Reconciling a month with itself finds nothing.
                    assertThat(Reconciler.standard().reconcile(MONTH, plan, plan, reporting).differences().stream()
                            .filter(d -> d.kind() != DifferenceKind.NOT_REPORTED)).isEmpty();
                });
    }
}
