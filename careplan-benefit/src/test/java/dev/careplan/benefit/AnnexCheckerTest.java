package dev.careplan.benefit;

import static dev.careplan.benefit.Rows.MONTH;
import static dev.careplan.benefit.Rows.USER_A;
import static dev.careplan.benefit.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.ServiceCode;
import dev.careplan.model.code.CareLevel;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each BEN rule found on a sheet that was computed right and then changed in one place. */
class AnnexCheckerTest {

    private static final AnnexChecker CHECKER = AnnexChecker.standard(ServiceCodeMaster.sample());

    /** 要介護1 (16,765): 70 visits of 250 = 17,500 → 735 over; plus 2 × 身体介護3 (396) on the same office. */
    private static AnnexSheet sheet() {
        List<ServiceUseRecord> rows = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            rows.add(row(i % 28 + 1).serviceStartTime(dev.careplan.model.ServiceTime.of(i < 28 ? "0900" : i < 56
                    ? "1300" : "1700")).build());
        }
        rows.add(row(29).serviceCode(ServiceCode.of("111311")).units(396).build());
        rows.add(row(30).serviceCode(ServiceCode.of("111311")).units(396).build());
        return AnnexCalculator.builder().master(ServiceCodeMaster.sample()).defaultRegion(RegionGrade.GRADE_1)
                .createdDate(LocalDate.of(2025, 5, 26)).build()
                .calculate(UserMonth.of(USER_A, MONTH, rows, CareLevel.CARE_1, CopayShare.ONE));
    }

    private static List<String> rulesAfter(int index, UnaryOperator<ServiceUseAnnexRecord.Builder> change) {
        List<ServiceUseAnnexRecord> rows = new ArrayList<>(sheet().rows());
        rows.set(index, change.apply(copy(rows.get(index))).build());
        return CHECKER.check(rows, "UPSIKYU_test.CSV", 16765).stream().map(i -> i.rule().id()).distinct().toList();
    }

    private static ServiceUseAnnexRecord.Builder copy(ServiceUseAnnexRecord r) {
        ServiceUseAnnexRecord.Builder b = ServiceUseAnnexRecord.builder().csvVersion(r.csvVersion())
                .insurerNumber(r.insurerNumber()).insuredNumber(r.insuredNumber()).createdDate(r.createdDate())
                .targetYearMonth(r.targetYearMonth()).serviceOfficeName(r.serviceOfficeName())
                .serviceOfficeNumber(r.serviceOfficeNumber()).serviceCode(r.serviceCode()).units(r.units())
                .countOrDays(r.countOrDays()).over30DaysFlag(r.over30DaysFlag());
        r.serviceUnitAmount().ifPresent(b::serviceUnitAmount);
        r.benefitManagementUnits().ifPresent(b::benefitManagementUnits);
        r.categoryLimitExcessUnits().ifPresent(b::categoryLimitExcessUnits);
        r.categoryLimitWithinUnits().ifPresent(b::categoryLimitWithinUnits);
        r.unitPrice().ifPresent(b::unitPrice);
        r.totalCostCovered().ifPresent(b::totalCostCovered);
        r.benefitRate().ifPresent(b::benefitRate);
        r.insuranceClaimAmount().ifPresent(b::insuranceClaimAmount);
        r.copayCovered().ifPresent(b::copayCovered);
        r.copayFullBurden().ifPresent(b::copayFullBurden);
        return b;
    }

    @Test
    void aComputedSheetAddsUp() {
        AnnexSheet s = sheet();
        assertThat(s.rows()).extracting(r -> r.serviceCode().value())
                .containsExactly("111211", "111311", "11AAAA", "999999");
        assertThat(CHECKER.check(s.rows(), "f", 16765)).isEmpty();
    }

    @Test
    void eachRuleIsFound() {
        // Row 0: 111211 × 70; row 1: 111311 × 2; row 2: 11AAAA with the amounts; row 3: 999999.
        assertThat(rulesAfter(0, b -> b.serviceUnitAmount(17501).categoryLimitWithinUnits(16766)))
                .contains("BEN-LINE", "BEN-SUBTOTAL");
        assertThat(rulesAfter(1, b -> b.categoryLimitWithinUnits(700))).contains("BEN-LIMIT");
        assertThat(rulesAfter(2, b -> b.totalCostCovered(191999))).contains("BEN-COST", "BEN-CLAIM", "BEN-TOTAL");
        assertThat(rulesAfter(2, b -> b.benefitRate(85))).contains("BEN-RATE", "BEN-CLAIM");
        assertThat(rulesAfter(2, b -> b.copayCovered(1))).contains("BEN-COPAY", "BEN-TOTAL");
        assertThat(rulesAfter(2, b -> b.copayFullBurden(1))).contains("BEN-FULL", "BEN-TOTAL");
        assertThat(rulesAfter(3, b -> b.benefitManagementUnits(1))).containsExactly("BEN-TOTAL");
        assertThat(rulesAfter(0, b -> b.serviceCode(ServiceCode.of("119999")))).contains("BEN-MASTER");
    }

    @Test
    void theExcessMustBeWhatTheLimitGives() {
        List<ServiceUseAnnexRecord> rows = sheet().rows();
        assertThat(CHECKER.check(rows, "f", 16000)).extracting(i -> i.rule().id()).containsExactly("BEN-EXCESS");
    }

    @Test
    void unitPricesAreCheckedWhenTheRegionIsKnown() {
        List<ServiceUseAnnexRecord> rows = sheet().rows();
        AnnexChecker grade2 = AnnexChecker.withRegions(ServiceCodeMaster.sample(), office -> RegionGrade.GRADE_2);
        assertThat(grade2.check(rows, "f", 16765)).extracting(i -> i.rule().id()).containsExactly("BEN-PRICE");
        AnnexChecker grade1 = AnnexChecker.withRegions(ServiceCodeMaster.sample(), office -> RegionGrade.GRADE_1);
        assertThat(grade1.check(rows, "f", 16765)).isEmpty();
    }

    @Test
    void theIssueNamesFileRecordAndCodeButNotTheUser() {
        List<ServiceUseAnnexRecord> rows = new ArrayList<>(sheet().rows());
        rows.set(2, copy(rows.get(2)).unitPrice(new BigDecimal("11.40")).totalCostCovered(191122).build());
        BenefitIssue i = CHECKER.check(rows, "UPSIKYU_x.CSV", 16765).get(0);
        assertThat(i.file()).contains("UPSIKYU_x.CSV");
        assertThat(i.record()).contains(3L);
        assertThat(i.detail()).contains("expected 191121, found 191122");
        assertThat(i.toString()).doesNotContain("1000012345");
    }

    @Test
    void aRecomputationFromThe6thSheetFindsChangedLines() {
        AnnexSheet s = sheet();
        List<AnnexChecker.NumberedRow> received = new ArrayList<>();
        for (int i = 0; i < s.rows().size(); i++) {
            ServiceUseAnnexRecord r = s.rows().get(i);
            received.add(new AnnexChecker.NumberedRow(i + 1, i == 1 ? copy(r).countOrDays(3).serviceUnitAmount(1188)
                    .build() : r));
        }
        assertThat(CHECKER.compare(received, "f", s)).extracting(i -> i.rule().id()).containsOnly("BEN-RECALC")
                .hasSize(2);
        List<AnnexChecker.NumberedRow> same = new ArrayList<>();
        for (int i = 0; i < s.rows().size(); i++) {
            same.add(new AnnexChecker.NumberedRow(i + 1, s.rows().get(i)));
        }
        assertThat(CHECKER.compare(same, "f", s)).isEmpty();
        assertThat(CHECKER.check(same, "f", Optional.empty())).isEmpty();
    }
}
