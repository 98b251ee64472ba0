package dev.careplan.benefit;

import static dev.careplan.benefit.Rows.CARE_OFFICE;
import static dev.careplan.benefit.Rows.DAY_SERVICE;
import static dev.careplan.benefit.Rows.HOME_HELP;
import static dev.careplan.benefit.Rows.MONTH;
import static dev.careplan.benefit.Rows.OTHER_HOME_HELP;
import static dev.careplan.benefit.Rows.USER_A;
import static dev.careplan.benefit.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.model.InsurerNumber;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.CareLevel;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 第7表 outline on hand-counted months. June 2025 starts on a Sunday: its Mondays are the 2nd, 9th, 16th, 23rd
 * and 30th, its Thursdays the 5th, 12th, 19th and 26th, its Wednesdays the 4th, 11th, 18th and 25th. Row layout from
 * beppyo7.md No.9, No.13, No.16 and No.17; 11.40 = 1級地 × 人件費割合 70 % (10 × (1 + 0.20 × 0.70)).
 */
class AnnexOutlineTest {

    private static final LocalDate CREATED = LocalDate.of(2025, 5, 26);
    private static final AnnexOutline OUTLINE = AnnexOutline.of(CREATED,
            UnitPrice.of(RegionGrade.GRADE_1, LaborShare.P70));

    /** A row of user A on each day of June 2025 that falls on one of {@code days}. */
    private static List<ServiceUseRecord> weekly(ServiceUseRecord.Builder template, DayOfWeek... days) {
        List<ServiceUseRecord> out = new ArrayList<>();
        for (int d = 1; d <= MONTH.lengthOfMonth(); d++) {
            if (List.of(days).contains(MONTH.atDay(d).getDayOfWeek())) {
                out.add(template.serviceDate(MONTH.atDay(d)).build());
            }
        }
        return out;
    }

    private static UserMonth month(List<ServiceUseRecord> rows, CopayShare copay) {
        return UserMonth.of(USER_A, MONTH, rows, CareLevel.CARE_2, copay);
    }

    private static List<String> codes(List<ServiceUseAnnexRecord> rows) {
        return rows.stream().map(r -> r.serviceCode().value()).toList();
    }

    @Test
    void homeHelpTwiceAWeekAndDayServiceOnceAWeek() {
        List<ServiceUseRecord> rows = new ArrayList<>(weekly(row(1), DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        rows.addAll(weekly(row(1).serviceCode(ServiceCode.of("151231")).units(658).serviceOfficeNumber(DAY_SERVICE)
                .serviceOfficeName("デイサービス"), DayOfWeek.WEDNESDAY));
        List<ServiceUseAnnexRecord> out = OUTLINE.rowsOf(month(rows, CopayShare.ONE));

        // Two kinds with one line each: no subtotal, one total.
        assertThat(codes(out)).containsExactly("111211", "151231", "999999");
        ServiceUseAnnexRecord homeHelp = out.get(0);
        assertThat(homeHelp.serviceOfficeNumber()).isEqualTo(HOME_HELP);
        assertThat(homeHelp.units()).isEqualTo(250);
        assertThat(homeHelp.countOrDays()).isEqualTo(5 + 4);
        assertThat(homeHelp.serviceUnitAmount()).contains(9 * 250);
        assertThat(homeHelp.benefitManagementUnits()).contains(2250);
        assertThat(homeHelp.categoryLimitWithinUnits()).contains(2250);
        assertThat(homeHelp.categoryLimitExcessUnits()).isEmpty();
        assertThat(homeHelp.unitPrice()).contains(new BigDecimal("11.40"));
        assertThat(homeHelp.benefitRate()).contains(90);
        assertThat(homeHelp.totalCostCovered()).isEmpty();
        ServiceUseAnnexRecord day = out.get(1);
        assertThat(day.serviceOfficeName()).isEqualTo("デイサービス");
        assertThat(day.countOrDays()).isEqualTo(4);
        assertThat(day.serviceUnitAmount()).contains(4 * 658);

        ServiceUseAnnexRecord total = out.get(2);
        assertThat(total.serviceOfficeNumber()).isEqualTo(OfficeNumber.ALL_NINES);
        assertThat(total.units()).isZero();
        assertThat(total.countOrDays()).isZero();
        assertThat(total.serviceUnitAmount()).isEmpty();
        for (ServiceUseAnnexRecord r : out) {
            assertThat(r.insurerNumber()).isEqualTo(InsurerNumber.of("131045"));
            assertThat(r.insuredNumber()).isEqualTo(USER_A);
            assertThat(r.createdDate()).isEqualTo(CREATED);
            assertThat(r.targetYearMonth()).isEqualTo(MONTH);
            assertThat(r.over30DaysFlag()).isEqualTo(Over30DaysFlag.NOT_APPLICABLE);
            assertThat(r.officeCode()).contains(OfficeNumber.ALL_NINES);
            assertThat(r.updaterOfficeNumber()).contains(CARE_OFFICE);
        }
    }

    @Test
    void theBenefitRateFollowsTheCopayShare() {
        List<ServiceUseRecord> rows = List.of(row(2).build());
        assertThat(OUTLINE.rowsOf(month(rows, CopayShare.TWO)).get(0).benefitRate()).contains(80);
        assertThat(OUTLINE.rowsOf(month(rows, CopayShare.THREE)).get(0).benefitRate()).contains(70);
    }

    @Test
    void aKindWithSeveralLinesGetsOneSubtotalAfterTheDetails() {
        // 訪問介護 at two offices (111211 × 250, 112111 × 183) and a day service: the 11 kind has two lines.
        List<ServiceUseRecord> rows = List.of(row(2).build(),
                row(3).serviceCode(ServiceCode.of("151231")).units(658).serviceOfficeNumber(DAY_SERVICE).build(),
                row(3).serviceCode(ServiceCode.of("112111")).units(183).serviceOfficeNumber(OTHER_HOME_HELP).build());
        List<ServiceUseAnnexRecord> out = OUTLINE.rowsOf(month(rows, CopayShare.ONE));
        assertThat(codes(out)).containsExactly("111211", "151231", "112111", "11AAAA", "999999");
        ServiceUseAnnexRecord sub = out.get(3);
        assertThat(sub.serviceOfficeNumber()).isEqualTo(OfficeNumber.ALL_NINES);
        assertThat(sub.units()).isZero();
        assertThat(sub.countOrDays()).isZero();
        // The layout passes the checker: sums left empty are not checked, and a 9999999999 subtotal is of its kind.
        assertThat(AnnexChecker.standard(ServiceCodeMaster.sample()).check(out, "UPSIKYU", 19705)).isEmpty();
    }

    @Test
    void aRowOfSeveralTimesCountsEachTimeAndOtherUnitsMakeAnotherLine() {
        // Day 2: twice 250 (サービス回数 2); day 9: once 250; day 16: once at 300 units (another line of the code).
        List<ServiceUseRecord> rows = List.of(row(2).serviceCount(2).build(), row(9).build(),
                row(16).units(300).build());
        List<ServiceUseAnnexRecord> out = OUTLINE.rowsOf(month(rows, CopayShare.ONE));
        assertThat(codes(out)).containsExactly("111211", "111211", "11AAAA", "999999");
        assertThat(out.get(0).countOrDays()).isEqualTo(3);
        assertThat(out.get(0).serviceUnitAmount()).contains(3 * 250);
        assertThat(out.get(1).units()).isEqualTo(300);
        assertThat(out.get(1).serviceUnitAmount()).contains(300);
    }

    @Test
    void rentalItemsKeepTheirTaisCodeAndStayApart() {
        ServiceUseRecord.Builder rental = row(1).serviceCode(ServiceCode.of("171007")).units(300)
                .serviceStartTime(ServiceTime.NONE).serviceEndTime(ServiceTime.NONE)
                .serviceOfficeNumber(OfficeNumber.of("1310000004"));
        List<ServiceUseRecord> rows = List.of(
                rental.taisCode("00170-000123").equipmentName("据置型手すり").detailSeqNo(1).build(),
                rental.taisCode("00170-000456").equipmentName("特殊寝台").detailSeqNo(2).build());
        List<ServiceUseAnnexRecord> out = OUTLINE.rowsOf(month(rows, CopayShare.ONE));
        assertThat(codes(out)).containsExactly("171007", "171007", "17AAAA", "999999");
        assertThat(out.get(0).taisCode()).contains("00170-000123");
        assertThat(out.get(0).equipmentName()).isEqualTo("据置型手すり");
        assertThat(out.get(1).taisCode()).contains("00170-000456");
        assertThat(out.get(1).equipmentName()).isEqualTo("特殊寝台");
        assertThat(out.get(2).equipmentName()).isEmpty();
    }

    @Test
    void theDetailLinesAreThoseTheCalculatorRecomputes() {
        List<ServiceUseRecord> rows = new ArrayList<>(weekly(row(1), DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        rows.addAll(weekly(row(1).serviceCode(ServiceCode.of("151231")).units(658).serviceOfficeNumber(DAY_SERVICE),
                DayOfWeek.WEDNESDAY));
        rows.add(row(6).serviceCount(2).units(396).serviceCode(ServiceCode.of("111311")).build());
        UserMonth in = month(rows, CopayShare.ONE);
        AnnexSheet sheet = AnnexCalculator.builder().master(ServiceCodeMaster.sample()).createdDate(CREATED).build()
                .calculate(in);
        List<ServiceUseAnnexRecord> out = OUTLINE.rowsOf(in);
        List<AnnexChecker.NumberedRow> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            numbered.add(new AnnexChecker.NumberedRow(i + 1, out.get(i)));
        }
        assertThat(AnnexChecker.standard(ServiceCodeMaster.sample()).compare(numbered, "UPSIKYU", sheet)).isEmpty();
        assertThat(out.stream().filter(r -> r.serviceCode().isDetail()).mapToInt(r -> r.serviceUnitAmount()
                .orElseThrow()).sum()).isEqualTo(sheet.totals().serviceUnits()).isEqualTo(9 * 250 + 4 * 658 + 2 * 396);
    }

    @Test
    void aUserWithoutRowsHasNoOutline() {
        assertThatThrownBy(() -> OUTLINE.rowsOf(month(List.of(), CopayShare.ONE)))
                .isInstanceOf(BenefitInputException.class).hasMessageContaining("no 第6表 rows");
        assertThatThrownBy(() -> AnnexOutline.of(null, UnitPrice.TEN_YEN)).isInstanceOf(NullPointerException.class);
    }
}
