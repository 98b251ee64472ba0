package dev.careplan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ProratedDays;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.kyotaku.Fixtures;
import dev.careplan.model.kyotaku.KindLimitSlot;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each cross-field rule with a failing and a passing case: rule id, severity, field, both messages. */
class CrossFieldRulesTest {

    private final CareplanValidator validator = CareplanValidator.shared();

    private Violation only(Object bean) {
        List<Violation> v = validator.validate(bean);
        assertThat(v).hasSize(1);
        Violation m = v.get(0);
        assertThat(m.messageJa()).isNotBlank();
        assertThat(m.messageEn()).isNotBlank();
        assertThat(m.messageJa()).isNotEqualTo(m.messageEn());
        return m;
    }

    @Test
    void rentalNeedsTaisOrNotificationCode() {
        Violation m = only(Fixtures.rental().taisCode(null).build());
        assertThat(m.ruleId()).isEqualTo("FLD-TAIS");
        assertThat(m.severity()).isEqualTo(Severity.ERROR);
        assertThat(m.field()).contains(16);
        assertThat(m.fieldNameJa()).contains("TAISコード");
        assertThat(m.messageJa()).contains("TAISコード").contains("福祉用具届出コード");
        assertThat(m.messageEn()).contains("TAIS code");

        assertThat(validator.validate(Fixtures.rental().taisCode(null).equipmentNotificationCode("00001-000011")
                .build())).isEmpty();
        assertThat(validator.validate(Fixtures.rental().build())).isEmpty();
    }

    @Test
    void rentalInTheAnnexToo() {
        Violation m = only(Fixtures.annexDetail().serviceCode(ServiceCode.of("671001")).build());
        assertThat(m.ruleId()).isEqualTo("FLD-TAIS");
        assertThat(validator.validate(Fixtures.annexDetail().serviceCode(ServiceCode.of("671001"))
                .taisCode("00001-000010").build())).isEmpty();
    }

    @Test
    void serviceDateMustLieInTheTargetMonth() {
        Violation m = only(Fixtures.homeHelpVisit(1).serviceDate(LocalDate.of(2025, 7, 1)).build());
        assertThat(m.ruleId()).isEqualTo("MON-004");
        assertThat(m.field()).contains(10);
        assertThat(m.messageJa()).contains("サービス利用日").contains("対象年月");
        assertThat(m.messageEn()).contains("target month");
        assertThat(validator.validate(Fixtures.homeHelpVisit(30).build())).isEmpty();
    }

    @Test
    void proratedDaysBeyondMonthEndAreAWarning() {
        Violation m = only(Fixtures.homeHelpVisit(1).proratedDayFlags(ProratedDays.ofDays(30, 31)).build());
        assertThat(m.ruleId()).isEqualTo("MON-005");
        assertThat(m.severity()).isEqualTo(Severity.WARNING);
        assertThat(m.field()).contains(11);
        assertThat(validator.validate(Fixtures.homeHelpVisit(1).proratedDayFlags(ProratedDays.ofDays(30)).build()))
                .isEmpty();
    }

    @Test
    void detailNumberOnlyForRental() {
        Violation m = only(Fixtures.homeHelpVisit(1).detailSeqNo(1).build());
        assertThat(m.ruleId()).isEqualTo("FLD-MEISAI");
        assertThat(m.severity()).isEqualTo(Severity.WARNING);
        assertThat(validator.validate(Fixtures.rental().detailSeqNo(2).build())).isEmpty();
    }

    @Test
    void outOfScopeKindIsRefused() {
        Violation m = only(Fixtures.homeHelpVisit(1).serviceCode(ServiceCode.of("331111")).build());
        assertThat(m.ruleId()).isEqualTo("FLD-SCOPE");
        assertThat(m.field()).contains(15);
        assertThat(m.messageJa()).contains("対象外");
        Violation unknown = only(Fixtures.homeHelpVisit(1).serviceCode(ServiceCode.of("991111")).build());
        assertThat(unknown.ruleId()).isEqualTo("FLD-SVCCODE");
    }

    @Test
    void endBeforeStartIsAWarningButNoTimeIsFine() {
        Violation m = only(Fixtures.homeHelpVisit(1).serviceStartTime(ServiceTime.of("1000"))
                .serviceEndTime(ServiceTime.of("0930")).build());
        assertThat(m.ruleId()).isEqualTo("FLD-TIMEORDER");
        assertThat(m.severity()).isEqualTo(Severity.WARNING);
        assertThat(validator.validate(Fixtures.homeHelpVisit(1).serviceStartTime(ServiceTime.NONE)
                .serviceEndTime(ServiceTime.NONE).build())).isEmpty();
        Violation weekly = only(Fixtures.sheet3().serviceStartTime(ServiceTime.of("1800"))
                .serviceEndTime(ServiceTime.of("0900")).build());
        assertThat(weekly.ruleId()).isEqualTo("FLD-TIMEORDER");
    }

    @Test
    void weeklyPlanTimesNeedAClockTime() {
        Violation m = only(Fixtures.sheet3().serviceStartTime(ServiceTime.NONE).build());
        assertThat(m.ruleId()).isEqualTo("FLD-TIME");
        assertThat(m.field()).contains(8);
    }

    @Test
    void supplementIsTiedToExactlyOneParent() {
        Violation both = only(Fixtures.supplement().planCreatedDate(Fixtures.PLAN_DATE).build());
        assertThat(both.ruleId()).isEqualTo("MON-003");
        assertThat(both.field()).contains(63);
        Violation neither = only(Fixtures.supplement().targetYearMonth(null).build());
        assertThat(neither.ruleId()).isEqualTo("MON-003");
        assertThat(validator.validate(Fixtures.supplement().build())).isEmpty();
    }

    @Test
    void limitSlotsFromSlotOneWithoutGaps() {
        Violation gap = only(Fixtures.supplement()
                .kindLimit(3, KindLimitSlot.of(ServiceKind.DAY_SERVICE, 5000, 2000, 0)).build());
        assertThat(gap.ruleId()).isEqualTo("FLD-SLOT");
        assertThat(gap.severity()).isEqualTo(Severity.WARNING);
        Violation kind23 = only(Fixtures.supplement()
                .addKindLimit(KindLimitSlot.of(ServiceKind.of("23"), 5000, 2000, 0)).build());
        assertThat(kind23.ruleId()).isEqualTo("FLD-SLOT");
        assertThat(validator.validate(Fixtures.supplement()
                .addKindLimit(KindLimitSlot.of(ServiceKind.of("22"), 5000, 2000, 0)).build())).isEmpty();
    }

    @Test
    void summaryRowsHaveZeroUnitsAndNoDiscount() {
        Violation units = only(Fixtures.grandTotal().units(120).build());
        assertThat(units.ruleId()).isEqualTo("FLD-7SUB");
        assertThat(units.field()).contains(13);
        Violation rate = only(Fixtures.grandTotal().discountRate(90).build());
        assertThat(rate.ruleId()).isEqualTo("FLD-7SUB");
        assertThat(rate.field()).contains(14);
        assertThat(validator.validate(Fixtures.grandTotal().build())).isEmpty();
    }

    @Test
    void annexOfficeCodeIsAllNines() {
        Violation m = only(Fixtures.annexDetail().officeCode(OfficeNumber.of("1310000001")).build());
        assertThat(m.ruleId()).isEqualTo("FLD-7FIXED");
        assertThat(m.severity()).isEqualTo(Severity.WARNING);
        assertThat(m.field()).contains(34);
    }

    @Test
    void requiredFreeTextAndAmbiguousRequiredFields() {
        Violation name = only(Fixtures.supplement().name("  ").build());
        assertThat(name.ruleId()).isEqualTo("FLD-REQ");
        assertThat(name.severity()).isEqualTo(Severity.ERROR);
        assertThat(name.field()).contains(6);
        assertThat(name.messageJa()).startsWith("利用者氏名（No.6）：");
        Violation sex = only(Fixtures.supplement().sex(null).build());
        assertThat(sex.ruleId()).isEqualTo("FLD-REQ");
        assertThat(sex.field()).contains(7);
        Violation units = only(Fixtures.homeHelpVisit(1).units(null).build());
        assertThat(units.ruleId()).isEqualTo("FLD-REQ");
        assertThat(units.severity()).isEqualTo(Severity.WARNING);
        Violation manager = only(Fixtures.homeHelpVisit(1).planManagerName("").build());
        assertThat(manager.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void fieldFormsAreChecked() {
        assertThat(only(Fixtures.supplement().postalCode("1600023").build()).ruleId()).isEqualTo("FLD-POSTAL");
        assertThat(only(Fixtures.supplement().benefitLimitUnits(12_345_678).build()).ruleId()).isEqualTo("FLD-LEN");
        assertThat(only(Fixtures.supplement().phoneNumber("03-1234-5678-9999").build()).ruleId())
                .isEqualTo("FLD-LEN");
        assertThat(only(Fixtures.homeHelpVisit(1).serviceCount(100).build()).ruleId()).isEqualTo("FLD-LEN");
        assertThat(only(Fixtures.homeHelpVisit(1).shortStayDaysBeforeMonth(-1).build()).ruleId())
                .isEqualTo("FLD-DIGIT");
        assertThat(validator.validate(Fixtures.homeHelpVisit(1).units(-50).build()))
                .as("reduction lines may carry negative units").isEmpty();
        assertThat(only(Fixtures.sheet2().issueNo(100).build()).ruleId()).isEqualTo("FLD-RANGE");
        assertThat(only(Fixtures.annexDetail().unitPrice(new java.math.BigDecimal("11.405")).build()).ruleId())
                .isEqualTo("FLD-DECIMAL");
        Violation unused = only(Fixtures.homeHelpVisit(1).identifier("X").build());
        assertThat(unused.ruleId()).isEqualTo("FLD-UNUSED");
        assertThat(unused.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void documentRulesReportTheRow() {
        ServiceUseRecord other = Fixtures.homeHelpVisit(1).targetYearMonth(YearMonth.of(2025, 7))
                .serviceDate(LocalDate.of(2025, 7, 1)).csvVersion(CsvVersion.V4_0).build();
        ServiceUsePlanDocument doc = new ServiceUsePlanDocument(CsvVersion.V4_1, Fixtures.CM, Fixtures.CM,
                Fixtures.SEQ, Fixtures.MONTH, List.of(Fixtures.homeHelpVisit(2).build(), other));
        List<Violation> v = validator.validate(doc);
        assertThat(v).extracting(Violation::ruleId).containsExactlyInAnyOrder("FN-010", "MON-001", "VER-002");
        Violation month = v.stream().filter(x -> x.ruleId().equals("MON-001")).findFirst().orElseThrow();
        assertThat(month.row()).contains(1);
        assertThat(month.field()).contains(5);
        assertThat(v.stream().filter(x -> x.ruleId().equals("FN-010")).findFirst().orElseThrow().severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void rowViolationsInADocumentCarryTheirRowIndex() {
        ServiceUsePlanDocument doc = new ServiceUsePlanDocument(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, Fixtures.MONTH, List.of(Fixtures.homeHelpVisit(2).build(),
                        Fixtures.rental().taisCode(null).build()));
        Violation m = only(doc);
        assertThat(m.ruleId()).isEqualTo("FLD-TAIS");
        assertThat(m.row()).contains(1);
        assertThat(m.location().propertyPath().orElseThrow()).isEqualTo("rows[1].taisCode");
        assertThat(m.fieldNameJava().orElse("")).isEqualTo("taisCode");
    }

    @Test
    void messagesNeverShowTheValue() {
        String secret = "H987654321";
        List<Violation> v = validator.validate(Fixtures.supplement().phoneNumber(secret + secret)
                .nameKana("").name("").build());
        assertThat(v).isNotEmpty().allSatisfy(m -> {
            assertThat(m.messageJa()).doesNotContain(secret);
            assertThat(m.messageEn()).doesNotContain(secret);
        });
        assertThat(validator.isValid(Fixtures.supplement().build())).isTrue();
    }
}
