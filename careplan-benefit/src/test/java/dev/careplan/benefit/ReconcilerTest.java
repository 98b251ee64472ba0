package dev.careplan.benefit;

import static dev.careplan.benefit.Rows.DAY_SERVICE_15;
import static dev.careplan.benefit.Rows.HOME_HELP_11;
import static dev.careplan.benefit.Rows.MONTH;
import static dev.careplan.benefit.Rows.OTHER_HOME_HELP;
import static dev.careplan.benefit.Rows.OTHER_HOME_HELP_11;
import static dev.careplan.benefit.Rows.USER_A;
import static dev.careplan.benefit.Rows.USER_B;
import static dev.careplan.benefit.Rows.dayService;
import static dev.careplan.benefit.Rows.row;
import static dev.careplan.benefit.Rows.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.model.Party;
import dev.careplan.model.ProratedDays;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final Set<Party> BOTH = Set.of(HOME_HELP_11, DAY_SERVICE_15);

    private static Reconciliation reconcile(List<ServiceUseRecord> plan, List<ServiceUseRecord> actual) {
        return Reconciler.standard().reconcile(MONTH, plan, actual, BOTH);
    }

    private static List<DifferenceKind> kinds(Reconciliation r) {
        return r.differences().stream().map(Difference::kind).toList();
    }

    @Test
    void aMonthDeliveredAsPlannedHasNoDifference() {
        List<ServiceUseRecord> plan = List.of(visit(2), visit(5), dayService(4));
        Reconciliation r = reconcile(plan, plan);
        assertThat(r.differences()).isEmpty();
        assertThat(r.matched()).hasSize(3).allMatch(MatchedVisit::asPlanned);
        assertThat(r.total()).isEqualTo(new UnitsSummary(250 + 250 + 658, 250 + 250 + 658));
    }

    @Test
    void aPlannedVisitWithoutActualIsCancelled() {
        Reconciliation r = reconcile(List.of(visit(2), visit(5)), List.of(visit(2)));
        assertThat(kinds(r)).containsExactly(DifferenceKind.CANCELLED);
        Difference d = r.differences().get(0);
        assertThat(d.date()).isEqualTo(MONTH.atDay(5));
        assertThat(d.plannedUnits()).isEqualTo(250);
        assertThat(d.actualUnits()).isZero();
        assertThat(d.provider()).isEqualTo(HOME_HELP_11);
    }

    @Test
    void anActualWithoutPlanIsAdded() {
        Reconciliation r = reconcile(List.of(visit(2)), List.of(visit(2), visit(9)));
        assertThat(kinds(r)).containsExactly(DifferenceKind.ADDED);
        assertThat(r.differences().get(0).actual().orElseThrow().serviceDate()).isEqualTo(MONTH.atDay(9));
    }

    @Test
    void aLaterVisitIsATimeChange() {
        ServiceUseRecord later = row(2).serviceStartTime(ServiceTime.of("0945")).serviceEndTime(ServiceTime.of("1015"))
                .build();
        Reconciliation r = reconcile(List.of(visit(2)), List.of(later));
        assertThat(kinds(r)).containsExactly(DifferenceKind.TIME_CHANGED);
        assertThat(r.differences().get(0).before()).isEqualTo("0930-1000");
        assertThat(r.differences().get(0).after()).isEqualTo("0945-1015");
    }

    @Test
    void anotherCodeAtThePlannedTimeIsACodeChange() {
        ServiceUseRecord longer = row(2).serviceCode(ServiceCode.of("111311")).units(396).build();
        Reconciliation r = reconcile(List.of(visit(2)), List.of(longer));
        assertThat(kinds(r)).containsExactly(DifferenceKind.SERVICE_CODE_CHANGED);
        assertThat(r.differences().get(0).before()).isEqualTo("111211 (250)");
        assertThat(r.differences().get(0).after()).isEqualTo("111311 (396)");
    }

    @Test
    void anotherCodeAtAnotherTimeIsACancellationAndAnAddition() {
        ServiceUseRecord other = row(2).serviceCode(ServiceCode.of("111311")).units(396)
                .serviceStartTime(ServiceTime.of("1400")).serviceEndTime(ServiceTime.of("1500")).build();
        Reconciliation r = reconcile(List.of(visit(2)), List.of(other));
        assertThat(kinds(r)).containsExactlyInAnyOrder(DifferenceKind.CANCELLED, DifferenceKind.ADDED);
    }

    @Test
    void anotherCountIsACountChange() {
        Reconciliation r = reconcile(List.of(visit(2)), List.of(row(2).serviceCount(2).build()));
        assertThat(kinds(r)).containsExactly(DifferenceKind.COUNT_CHANGED);
        assertThat(r.byUser().get(USER_A)).isEqualTo(new UnitsSummary(250, 500));
    }

    @Test
    void otherUnitsForTheSameCodeAreAUnitsChange() {
        Reconciliation r = reconcile(List.of(visit(2)), List.of(row(2).units(225).build()));
        assertThat(kinds(r)).containsExactly(DifferenceKind.UNITS_CHANGED);
        assertThat(r.differences().get(0).before()).isEqualTo("250");
        assertThat(r.differences().get(0).after()).isEqualTo("225");
    }

    @Test
    void otherProratedDaysAreAProratedDaysChange() {
        ServiceUseRecord planned = row(2).proratedDayFlags(ProratedDays.ofDays(1, 2, 3, 4, 5)).build();
        ServiceUseRecord actual = row(2).proratedDayFlags(ProratedDays.ofDays(1, 2, 3)).build();
        Reconciliation r = reconcile(List.of(planned), List.of(actual));
        assertThat(kinds(r)).containsExactly(DifferenceKind.PRORATED_DAYS_CHANGED);
    }

    @Test
    void theSameServiceByAnotherOfficeIsAProviderChange() {
        ServiceUseRecord byOther = row(2).serviceOfficeNumber(OTHER_HOME_HELP).build();
        Reconciliation r = Reconciler.standard().reconcile(MONTH, List.of(visit(2)), List.of(byOther),
                Set.of(HOME_HELP_11, OTHER_HOME_HELP_11));
        assertThat(kinds(r)).containsExactly(DifferenceKind.PROVIDER_CHANGED);
        assertThat(r.differences().get(0).before()).isEqualTo("1310000002");
        assertThat(r.differences().get(0).after()).isEqualTo("1310000009");
        assertThat(r.byProvider()).containsEntry(HOME_HELP_11, new UnitsSummary(250, 0))
                .containsEntry(OTHER_HOME_HELP_11, new UnitsSummary(0, 250));
    }

    @Test
    void plannedRowsOfAProviderThatSentNoActualsAreNotReportedNotCancelled() {
        Reconciliation r = Reconciler.standard().reconcile(MONTH, List.of(visit(2), dayService(4)),
                List.of(visit(2)), Set.of(HOME_HELP_11));
        assertThat(kinds(r)).containsExactly(DifferenceKind.NOT_REPORTED);
        assertThat(r.differences().get(0).provider()).isEqualTo(DAY_SERVICE_15);
        assertThat(r.reportingProviders()).containsExactly(HOME_HELP_11);
    }

    @Test
    void oneMatchedVisitCanDifferInSeveralWays() {
        ServiceUseRecord changed = row(2).serviceStartTime(ServiceTime.of("1000"))
                .serviceEndTime(ServiceTime.of("1030")).serviceCount(2).units(240).build();
        Reconciliation r = reconcile(List.of(visit(2)), List.of(changed));
        assertThat(kinds(r)).containsExactly(DifferenceKind.TIME_CHANGED, DifferenceKind.COUNT_CHANGED,
                DifferenceKind.UNITS_CHANGED);
        assertThat(r.matched()).singleElement().satisfies(m -> assertThat(m.kinds()).hasSize(3));
    }

    @Test
    void aMovedVisitIsOneCancellationAndOneAdditionAndLeavesTheTotalUnchanged() {
        Reconciliation r = reconcile(List.of(visit(2), visit(5)), List.of(visit(2), visit(6)));
        assertThat(kinds(r)).containsExactly(DifferenceKind.CANCELLED, DifferenceKind.ADDED);
        assertThat(r.differences().get(0).date()).isEqualTo(MONTH.atDay(5));
        assertThat(r.differences().get(1).date()).isEqualTo(MONTH.atDay(6));
        assertThat(r.byProvider().get(HOME_HELP_11).difference()).isZero();
    }

    @Test
    void twoVisitsOnOneDayPairWithTheirClosestTimes() {
        ServiceUseRecord morning = visit(2);
        ServiceUseRecord evening = row(2).serviceStartTime(ServiceTime.of("1800")).serviceEndTime(ServiceTime.of("1830"))
                .build();
        ServiceUseRecord eveningLate = row(2).serviceStartTime(ServiceTime.of("1815"))
                .serviceEndTime(ServiceTime.of("1845")).build();
        Reconciliation r = reconcile(List.of(morning, evening), List.of(eveningLate, morning));
        assertThat(kinds(r)).containsExactly(DifferenceKind.TIME_CHANGED);
        assertThat(r.differences().get(0).before()).isEqualTo("1800-1830");
    }

    @Test
    void anActualOfAUserWithoutPlanIsAdded() {
        ServiceUseRecord other = row(3).insuredNumber(USER_B).build();
        Reconciliation r = reconcile(List.of(visit(2)), List.of(visit(2), other));
        assertThat(r.differencesOf(USER_B)).extracting(Difference::kind).containsExactly(DifferenceKind.ADDED);
        assertThat(r.users()).containsExactly(USER_A, USER_B);
    }

    @Test
    void summariesPerUserProviderAndKind() {
        List<ServiceUseRecord> plan = List.of(visit(2), visit(5), dayService(4), row(3).insuredNumber(USER_B).build());
        List<ServiceUseRecord> actual = List.of(visit(2), dayService(4), dayService(11));
        Reconciliation r = reconcile(plan, actual);
        assertThat(r.byUser()).containsEntry(USER_A, new UnitsSummary(250 + 250 + 658, 250 + 658 + 658))
                .containsEntry(USER_B, new UnitsSummary(250, 0));
        assertThat(r.byProvider()).containsEntry(HOME_HELP_11, new UnitsSummary(750, 250))
                .containsEntry(DAY_SERVICE_15, new UnitsSummary(658, 1316));
        assertThat(r.byKind()).containsEntry(ServiceKind.of("11"), new UnitsSummary(750, 250))
                .containsEntry(ServiceKind.of("15"), new UnitsSummary(658, 1316));
        assertThat(r.byProviderOf(USER_B)).containsOnlyKeys(HOME_HELP_11);
        assertThat(r.countByKind()).containsEntry(DifferenceKind.CANCELLED, 2).containsEntry(DifferenceKind.ADDED, 1);
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheRows() {
        List<ServiceUseRecord> plan = new ArrayList<>();
        List<ServiceUseRecord> actual = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            plan.add(visit(d));
            plan.add(row(d).serviceStartTime(ServiceTime.of("1700")).serviceEndTime(ServiceTime.of("1730")).build());
            if (d % 3 != 0) {
                actual.add(row(d).serviceStartTime(ServiceTime.of(d % 2 == 0 ? "1710" : "0930"))
                        .serviceEndTime(ServiceTime.of(d % 2 == 0 ? "1740" : "1000")).build());
            }
            if (d % 7 == 0) {
                actual.add(row(d).serviceCode(ServiceCode.of("111311")).units(396).build());
            }
        }
        Reconciliation first = reconcile(plan, actual);
        for (long seed = 1; seed <= 5; seed++) {
            List<ServiceUseRecord> p = new ArrayList<>(plan);
            List<ServiceUseRecord> a = new ArrayList<>(actual);
            Collections.shuffle(p, new Random(seed));
            Collections.shuffle(a, new Random(seed * 31));
            Reconciliation again = reconcile(p, a);
            assertThat(again.differences()).isEqualTo(first.differences());
            assertThat(again.matched()).isEqualTo(first.matched());
        }
    }

    @Test
    void rowsOfAnotherMonthAreRefusedWithoutTheirValues() {
        ServiceUseRecord july = row(1).targetYearMonth(YearMonth.of(2025, 7)).serviceDate(YearMonth.of(2025, 7)
                .atDay(1)).build();
        assertThatThrownBy(() -> reconcile(List.of(visit(2)), List.of(july)))
                .isInstanceOf(BenefitInputException.class)
                .hasMessageContaining("実績 row 1").hasMessageContaining("No.5").hasMessageNotContaining("1000012345");
    }

    @Test
    void differencesMaskTheInsuredNumber() {
        Reconciliation r = reconcile(List.of(visit(2)), List.of());
        assertThat(r.differences().get(0).toString()).doesNotContain("1000012345").contains("********45");
        assertThat(r.toString()).doesNotContain("1000012345");
    }

    @Test
    void aDifferenceRefusesRowsThatDoNotFitItsKind() {
        assertThatThrownBy(() -> new Difference(DifferenceKind.ADDED, USER_A, MONTH.atDay(1),
                java.util.Optional.of(visit(1)), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actual row only");
    }
}
