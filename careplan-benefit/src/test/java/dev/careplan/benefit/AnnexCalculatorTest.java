package dev.careplan.benefit;

import static dev.careplan.benefit.Rows.DAY_SERVICE;
import static dev.careplan.benefit.Rows.HOME_HELP;
import static dev.careplan.benefit.Rows.MONTH;
import static dev.careplan.benefit.Rows.USER_A;
import static dev.careplan.benefit.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.CareLevel;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 第7表 arithmetic on hand-checked numbers. Sources: the formulas of issue 11 item 2 (10 × (1 + 上乗せ割合 ×
 * 人件費割合), floor for 費用総額, 保険給付額 and 全額負担分) and beppyo7.md No.13–29; the limits of hosoku.md No.19 /
 * care-level-limits.tsv; the worked example 22,050 units × 11.10 yen = 244,755 yen, 90 % → 220,279, user 24,476.
 */
class AnnexCalculatorTest {

    private static final OfficeNumber BATH = OfficeNumber.of("1310000005");
    private static final OfficeNumber DOCTOR = OfficeNumber.of("1310000006");

    private static AnnexCalculator calculator(RegionGrade grade) {
        return AnnexCalculator.builder().master(ServiceCodeMaster.sample()).defaultRegion(grade)
                .createdDate(LocalDate.of(2025, 5, 26)).build();
    }

    private static ServiceUseAnnexRecord total(AnnexSheet s) {
        return s.rows().get(s.rows().size() - 1);
    }

    /** n visits of 身体介護2 (250 units, 訪問介護, 人件費割合 70 %) on days 1, 2, … (twice a day from day 31 on). */
    private static List<ServiceUseRecord> homeHelpVisits(int n) {
        List<ServiceUseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int day = i % 30 + 1;
            String start = i < 30 ? "0930" : i < 60 ? "1400" : "1800";
            out.add(row(day).serviceStartTime(ServiceTime.of(start)).serviceEndTime(ServiceTime.of(start))
                    .build());
        }
        return out;
    }

    @Test
    void unitPricesOfThePublishedTable() {
        // 厚生労働大臣が定める一単位の単価: 10 × (1 + 上乗せ割合 × 人件費割合), two decimals.
        int[][] expected = {
            {1140, 1110, 1090}, {1112, 1088, 1072}, {1105, 1083, 1068}, {1084, 1066, 1054},
            {1070, 1055, 1045}, {1042, 1033, 1027}, {1021, 1017, 1014}, {1000, 1000, 1000}};
        for (RegionGrade g : RegionGrade.values()) {
            assertThat(new int[] {UnitPrice.of(g, LaborShare.P70).hundredths(), UnitPrice.of(g, LaborShare.P55)
                .hundredths(), UnitPrice.of(g, LaborShare.P45).hundredths()}).as(g.ja())
                .containsExactly(expected[g.ordinal()]);
            assertThat(UnitPrice.of(g, LaborShare.NONE)).isEqualTo(UnitPrice.TEN_YEN);
        }
        assertThat(UnitPrice.of(RegionGrade.GRADE_1, LaborShare.P55).toString()).isEqualTo("11.10");
    }

    @Test
    void theWorkedExample22050UnitsAt1110() {
        // 訪問入浴介護 (kind 12, 人件費割合 55 %) at a 1級地 office: 11.10 yen per unit. 45 baths × 490 = 22,050 units,
        // under the 要介護3 limit of 27,048 (care-level-limits.tsv).
        List<ServiceUseRecord> rows = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            rows.add(row(i % 30 + 1).serviceCode(ServiceCode.of("121111")).units(490).serviceOfficeNumber(BATH)
                    .serviceStartTime(ServiceTime.of(i < 30 ? "1000" : "1500")).serviceEndTime(ServiceTime.NONE)
                    .build());
        }
        AnnexSheet s = calculator(RegionGrade.GRADE_1).calculate(UserMonth.of(USER_A, MONTH, rows, CareLevel.CARE_3,
                CopayShare.ONE));
        assertThat(s.complete()).isTrue();
        ServiceUseAnnexRecord line = s.rows().get(0);
        assertThat(line.countOrDays()).isEqualTo(45);
        assertThat(line.serviceUnitAmount()).contains(22050);
        assertThat(line.unitPrice()).contains(new BigDecimal("11.10"));
        assertThat(line.totalCostCovered()).contains(244755);
        assertThat(line.insuranceClaimAmount()).contains(220279);
        assertThat(line.copayCovered()).contains(24476);
        assertThat(line.copayFullBurden()).contains(0);
        assertThat(s.totals()).isEqualTo(new AnnexTotals(22050, 22050, 0, 22050, 244755, 220279, 24476, 0));
        assertThat(s.rows()).hasSize(2);
        assertThat(total(s).serviceCode()).isEqualTo(ServiceCode.GRAND_TOTAL);
        assertThat(total(s).serviceOfficeNumber()).isEqualTo(OfficeNumber.ALL_NINES);
    }

    @Test
    void overTheLimitTheLastServicesBearTheExcess() {
        // 要介護1: limit 16,765. 70 visits × 250 = 17,500 units → 735 over. 1級地 × 70 % = 11.40 yen.
        // 基準内 16,765 × 11.40 = 191,121 yen; × 90 % = 172,008.9 → 172,008; user 19,113; 735 × 11.40 = 8,379.
        List<ServiceUseRecord> rows = homeHelpVisits(70);
        AnnexSheet s = calculator(RegionGrade.GRADE_1).calculate(UserMonth.of(USER_A, MONTH, rows, CareLevel.CARE_1,
                CopayShare.ONE));
        assertThat(s.complete()).isTrue();
        assertThat(s.totals()).isEqualTo(new AnnexTotals(17500, 17500, 735, 16765, 191121, 172008, 19113, 8379));
        // Visits at 09:30, 14:00 and (days 1–10) 18:00 are three lines of the same code only if units differ; here
        // one line: 111211 × 70.
        assertThat(s.detailRows()).singleElement().satisfies(l -> {
            assertThat(l.countOrDays()).isEqualTo(70);
            assertThat(l.categoryLimitExcessUnits()).contains(735);
            assertThat(l.benefitManagementUnits()).contains(17500);
        });
        assertThat(s.totals().userPays()).isEqualTo(19113 + 8379);
    }

    @Test
    void theDefaultAllocationTakesTheLatestRowsFirst() {
        List<ServiceUseRecord> rows = List.of(row(1).build(), row(20).build(), row(30).build());
        int[] laid = ExcessAllocation.lastServicesFirst().allocate(rows, 300);
        assertThat(laid).containsExactly(0, 50, 250);
    }

    @Test
    void anExplicitAllocationPutsTheExcessWhereTheCareManagerSays() {
        // 要介護1 16,765: 60 home-help visits (15,000) + 4 day services × 658 (2,632) = 17,632 → 867 over, all on
        // the day service. Day service 1級地 × 45 % = 10.90; home help 11.40.
        List<ServiceUseRecord> rows = new ArrayList<>(homeHelpVisits(60));
        for (int d = 3; d <= 24; d += 7) {
            rows.add(Rows.dayService(d));
        }
        AnnexCalculator calc = AnnexCalculator.builder().master(ServiceCodeMaster.sample())
                .defaultRegion(RegionGrade.GRADE_1).createdDate(LocalDate.of(2025, 5, 26))
                .allocation(ExcessAllocation.explicit(Map.of(new ExcessAllocation.Target(DAY_SERVICE,
                        ServiceCode.of("151231")), 867))).build();
        AnnexSheet s = calc.calculate(UserMonth.of(USER_A, MONTH, rows, CareLevel.CARE_1, CopayShare.TWO));
        ServiceUseAnnexRecord homeHelp = s.rows().stream().filter(r -> r.serviceOfficeNumber().equals(HOME_HELP))
                .findFirst().orElseThrow();
        ServiceUseAnnexRecord day = s.rows().stream().filter(r -> r.serviceOfficeNumber().equals(DAY_SERVICE))
                .findFirst().orElseThrow();
        assertThat(homeHelp.categoryLimitExcessUnits()).contains(0);
        // 15,000 × 11.40 = 171,000; × 80 % = 136,800; user 34,200.
        assertThat(homeHelp.totalCostCovered()).contains(171000);
        assertThat(homeHelp.insuranceClaimAmount()).contains(136800);
        assertThat(homeHelp.copayCovered()).contains(34200);
        // 2,632 − 867 = 1,765 × 10.90 = 19,238.5 → 19,238; × 80 % = 15,390.4 → 15,390; user 3,848;
        // 867 × 10.90 = 9,450.3 → 9,450.
        assertThat(day.categoryLimitExcessUnits()).contains(867);
        assertThat(day.totalCostCovered()).contains(19238);
        assertThat(day.insuranceClaimAmount()).contains(15390);
        assertThat(day.copayCovered()).contains(3848);
        assertThat(day.copayFullBurden()).contains(9450);
        assertThat(day.benefitRate()).contains(80);
        assertThat(s.totals()).isEqualTo(new AnnexTotals(17632, 17632, 867, 16765, 190238, 152190, 38048, 9450));
    }

    @Test
    void anExplicitAllocationThatDoesNotAddUpIsRefused() {
        AnnexCalculator calc = AnnexCalculator.builder().master(ServiceCodeMaster.sample())
                .createdDate(LocalDate.of(2025, 5, 26)).allocation(ExcessAllocation.explicit(Map.of(
                        new ExcessAllocation.Target(HOME_HELP, ServiceCode.of("111211")), 10))).build();
        assertThatThrownBy(() -> calc.calculate(UserMonth.of(USER_A, MONTH, homeHelpVisits(70), CareLevel.CARE_1,
                CopayShare.ONE))).isInstanceOf(BenefitInputException.class).hasMessageContaining("735");
    }

    @Test
    void servicesOutsideTheLimitAreNotManagedButPaid() {
        // 居宅療養管理指導 (kind 31, outside the limit, 10 yen per unit) 2 × 515 = 1,030 units; 要支援1 limit 5,032
        // and 30 home-help visits (7,500 units) → 2,468 over, laid on home help only.
        List<ServiceUseRecord> rows = new ArrayList<>(homeHelpVisits(30));
        rows.add(row(5).serviceCode(ServiceCode.of("311111")).units(515).serviceOfficeNumber(DOCTOR)
                .serviceStartTime(ServiceTime.NONE).serviceEndTime(ServiceTime.NONE).build());
        rows.add(row(19).serviceCode(ServiceCode.of("311111")).units(515).serviceOfficeNumber(DOCTOR)
                .serviceStartTime(ServiceTime.NONE).serviceEndTime(ServiceTime.NONE).build());
        AnnexSheet s = calculator(RegionGrade.GRADE_1).calculate(UserMonth.of(USER_A, MONTH, rows,
                CareLevel.SUPPORT_1, CopayShare.THREE));
        ServiceUseAnnexRecord doctor = s.rows().stream().filter(r -> r.serviceOfficeNumber().equals(DOCTOR))
                .findFirst().orElseThrow();
        assertThat(doctor.benefitManagementUnits()).isEmpty();
        assertThat(doctor.categoryLimitWithinUnits()).contains(1030);
        assertThat(doctor.unitPrice()).contains(new BigDecimal("10.00"));
        // 1,030 × 10.00 = 10,300; × 70 % = 7,210; user 3,090.
        assertThat(doctor.totalCostCovered()).contains(10300);
        assertThat(doctor.insuranceClaimAmount()).contains(7210);
        // Home help: 7,500 − 2,468 = 5,032 × 11.40 = 57,364.8 → 57,364; × 70 % = 40,154.8 → 40,154; user 17,210;
        // 2,468 × 11.40 = 28,135.2 → 28,135.
        assertThat(s.totals()).isEqualTo(new AnnexTotals(8530, 7500, 2468, 6062, 67664, 47364, 20300, 28135));
    }

    @Test
    void severalCodesOfOneProviderGetASubtotalRowCarryingTheAmounts() {
        List<ServiceUseRecord> rows = List.of(row(2).build(),
                row(3).serviceCode(ServiceCode.of("111311")).units(396).build());
        AnnexSheet s = calculator(RegionGrade.GRADE_2).calculate(UserMonth.of(USER_A, MONTH, rows, CareLevel.CARE_2,
                CopayShare.ONE));
        assertThat(s.rows()).extracting(r -> r.serviceCode().value()).containsExactly("111211", "111311", "11AAAA",
                "999999");
        ServiceUseAnnexRecord sub = s.rows().get(2);
        assertThat(sub.units()).isZero();
        assertThat(sub.serviceUnitAmount()).contains(646);
        assertThat(s.rows().get(0).totalCostCovered()).isEmpty();
        // 2級地 × 70 % = 11.12; 646 × 11.12 = 7,183.52 → 7,183; × 90 % = 6,464.7 → 6,464; user 719.
        assertThat(sub.unitPrice()).contains(new BigDecimal("11.12"));
        assertThat(sub.totalCostCovered()).contains(7183);
        assertThat(sub.insuranceClaimAmount()).contains(6464);
        assertThat(sub.copayCovered()).contains(719);
    }

    @Test
    void theLimitComesFromTheSupplementOrItsCareLevel() {
        assertThat(BenefitLimits.limitOf(CareLevel.SUPPORT_1)).isEqualTo(5032);
        assertThat(BenefitLimits.limitOf(CareLevel.SUPPORT_2)).isEqualTo(10531);
        assertThat(BenefitLimits.limitOf(CareLevel.CARE_1)).isEqualTo(16765);
        assertThat(BenefitLimits.limitOf(CareLevel.CARE_2)).isEqualTo(19705);
        assertThat(BenefitLimits.limitOf(CareLevel.CARE_3)).isEqualTo(27048);
        assertThat(BenefitLimits.limitOf(CareLevel.CARE_4)).isEqualTo(30938);
        assertThat(BenefitLimits.limitOf(CareLevel.CARE_5)).isEqualTo(36217);
    }

    @Test
    void aCodeMissingFromTheMasterIsReportedAndComputedWithItsKindsShare() {
        // 131111 (訪問看護) is not in the sample master: BEN-MASTER, and kind 13's 70 % (service-kinds.tsv) is used.
        AnnexSheet s = calculator(RegionGrade.GRADE_1).calculate(UserMonth.of(USER_A, MONTH, List.of(row(2)
                .serviceCode(ServiceCode.of("131111")).units(100).build()), CareLevel.CARE_1, CopayShare.ONE));
        assertThat(s.complete()).isFalse();
        assertThat(s.issues()).singleElement().satisfies(i -> {
            assertThat(i.rule().id()).isEqualTo("BEN-MASTER");
            assertThat(i.code()).contains(ServiceCode.of("131111"));
            assertThat(i.toString()).doesNotContain("1000012345");
        });
        assertThat(s.rows().get(0).unitPrice()).contains(new BigDecimal("11.40"));
    }

    @Test
    void aUserWithoutRowsHasNoSheet() {
        assertThatThrownBy(() -> calculator(RegionGrade.OTHER).calculate(UserMonth.of(USER_A, MONTH, List.of(),
                CareLevel.CARE_1, CopayShare.ONE))).isInstanceOf(BenefitInputException.class)
                .hasMessageNotContaining("1000012345");
    }
}
