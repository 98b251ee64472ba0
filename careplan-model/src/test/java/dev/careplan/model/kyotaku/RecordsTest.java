package dev.careplan.model.kyotaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.validation.CareplanValidator;
import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every 居宅 record kind, built from a realistic example, conforms. */
class RecordsTest {

    private final CareplanValidator validator = CareplanValidator.shared();

    @Test
    void toBuilderHoldsEveryFieldOfTheRow() throws Exception {
        for (ServiceUseRecord r : List.of(Fixtures.homeHelpVisit(3).build(), Fixtures.dayService(4).build(),
                Fixtures.rental().build())) {
            assertThat(r.toBuilder().build()).isEqualTo(r);
            // Every component, read back by reflection, so that a field added later and left out here is caught.
            ServiceUseRecord changed = r.toBuilder().serviceCount(r.serviceCount() + 1).build();
            for (RecordComponent c : ServiceUseRecord.class.getRecordComponents()) {
                Object before = c.getAccessor().invoke(r);
                Object after = c.getAccessor().invoke(changed);
                if (c.getName().equals("serviceCount")) {
                    assertThat(after).isEqualTo(r.serviceCount() + 1);
                } else {
                    assertThat(after).as(c.getName()).isEqualTo(before);
                }
            }
        }
    }

    @Test
    void monthlyPlanOfARequiresCare2UserIsValid() {
        ServiceUsePlanDocument plan = Fixtures.plan();
        assertThat(validator.validate(plan)).isEmpty();
        assertThat(plan.fileKind()).isEqualTo(FileKind.UPPLAN);
        assertThat(plan.monthSegment()).contains(Fixtures.MONTH);
        assertThat(plan.rows()).extracting(r -> r.serviceCode().kind().code())
                .containsExactly("11", "11", "15", "15", "17", "11");
        assertThat(plan.rows().get(5).insuredNumber().isPublicAssistanceOnly()).isTrue();
    }

    @Test
    void actualsShareTheRowTypeButAreTheirOwnDocument() {
        ServiceUseRecord visit = Fixtures.homeHelpVisit(2).serviceStartTime(dev.careplan.model.ServiceTime.of("0945"))
                .serviceEndTime(dev.careplan.model.ServiceTime.of("1015")).updaterOfficeNumber(Fixtures.HOME_HELP_OFFICE)
                .build();
        ActualsDocument actuals = new ActualsDocument(CsvVersion.V4_1, Fixtures.HOME_HELP, Fixtures.CM, Fixtures.SEQ,
                Fixtures.MONTH, List.of(visit));
        assertThat(validator.validate(actuals)).isEmpty();
        assertThat(actuals.fileKind()).isEqualTo(FileKind.UPJSK);
    }

    @Test
    void aPlanRowWithoutItsPlanOfficeIsReadableAndAWarning() {
        ServiceUseRecord r = ServiceUseRecord.builder().csvVersion(dev.careplan.model.CsvVersion.V4_1)
                .insurerNumber(Fixtures.INSURER).insuredNumber(Fixtures.YAMADA).createdDate(Fixtures.PLAN_DATE)
                .targetYearMonth(Fixtures.MONTH).planManagerName("佐藤 花子").units(250)
                .serviceDate(Fixtures.MONTH.atDay(2)).serviceStartTime(dev.careplan.model.ServiceTime.of("0930"))
                .serviceEndTime(dev.careplan.model.ServiceTime.of("1000")).serviceCount(1)
                .serviceCode(dev.careplan.model.ServiceCode.of("111211")).serviceOfficeNumber(Fixtures.HOME_HELP_OFFICE)
                .serviceOfficeName("ひまわり訪問介護").over30DaysFlag(dev.careplan.model.code.Over30DaysFlag.NOT_APPLICABLE)
                .updaterOfficeNumber(Fixtures.CARE_OFFICE).build();
        assertThat(r.planOfficeNumber()).isEmpty();
        assertThat(validator.validate(r)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("FLD-REQ");
            assertThat(v.severity()).isEqualTo(dev.careplan.model.validation.Severity.WARNING);
            assertThat(v.field()).contains(6);
        });
    }

    @Test
    void supplementKeepsItsNineSlots() {
        SupplementaryUserRecord r = Fixtures.supplement().build();
        assertThat(validator.validate(r)).isEmpty();
        assertThat(r.kindLimits()).hasSize(9);
        assertThat(r.usedKindLimits()).hasSize(1);
        assertThat(r.isPlanBound()).isFalse();
        SupplementaryUserDocument doc = new SupplementaryUserDocument(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, Optional.of(Fixtures.MONTH), List.of(r));
        assertThat(validator.validate(doc)).isEmpty();
    }

    @Test
    void planBoundSupplementHasThePlanDateAndNoMonth() {
        SupplementaryUserRecord r = Fixtures.supplement().targetYearMonth(null).planCreatedDate(Fixtures.PLAN_DATE)
                .build();
        assertThat(r.isPlanBound()).isTrue();
        SupplementaryUserDocument doc = new SupplementaryUserDocument(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, Optional.empty(), List.of(r));
        assertThat(validator.validate(doc)).isEmpty();
        assertThat(doc.monthSegment()).isEmpty();
    }

    @Test
    void carePlanSheetsAreValid() {
        assertThat(validator.validate(new CarePlanSheet1Document(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, List.of(Fixtures.sheet1().build())))).isEmpty();
        assertThat(validator.validate(new CarePlanSheet2Document(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, List.of(Fixtures.sheet2().build())))).isEmpty();
        assertThat(validator.validate(new WeeklyServicePlanDocument(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, List.of(Fixtures.sheet3().build())))).isEmpty();
    }

    @Test
    void deletionsAreValid() {
        var dlt1 = new CarePlanSheet1DeletionRecord(CsvVersion.V4_1, Fixtures.INSURER, Fixtures.YAMADA,
                Fixtures.PLAN_DATE);
        var dltPlan = new ServiceUsePlanDeletionRecord(CsvVersion.V4_1, Fixtures.INSURER, Fixtures.YAMADA,
                Fixtures.MONTH);
        var dltJsk = new ActualsDeletionRecord(CsvVersion.V4_1, Fixtures.INSURER, Fixtures.YAMADA, Fixtures.MONTH,
                Fixtures.HOME_HELP_OFFICE, ServiceKind.HOME_HELP);
        assertThat(validator.validate(new CarePlanSheet1DeletionDocument(CsvVersion.V4_1, Fixtures.CM,
                Fixtures.HOME_HELP, Fixtures.SEQ, List.of(dlt1)))).isEmpty();
        assertThat(validator.validate(new ServiceUsePlanDeletionDocument(CsvVersion.V4_1, Fixtures.CM,
                Fixtures.HOME_HELP, Fixtures.SEQ, Fixtures.MONTH, List.of(dltPlan)))).isEmpty();
        assertThat(validator.validate(new ActualsDeletionDocument(CsvVersion.V4_1, Fixtures.HOME_HELP, Fixtures.CM,
                Fixtures.SEQ, Fixtures.MONTH, List.of(dltJsk)))).isEmpty();
    }

    @Test
    void annexWithDetailRentalAndTotalRowsIsValid() {
        ServiceUseAnnexRecord rental = Fixtures.annexDetail().serviceCode(ServiceCode.of("171007"))
                .serviceOfficeNumber(Fixtures.RENTAL_OFFICE).taisCode("00001－000010").build();
        ServiceUseAnnexRecord subtotal = Fixtures.annexDetail()
                .serviceCode(ServiceCode.subtotal(ServiceKind.HOME_HELP, ServiceCode.Summary.SUBTOTAL_WITHIN_LIMIT))
                .units(0).build();
        ServiceUseAnnexDocument doc = new ServiceUseAnnexDocument(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, Fixtures.MONTH,
                List.of(Fixtures.annexDetail().build(), rental, subtotal, Fixtures.grandTotal().build()));
        assertThat(validator.validate(doc)).isEmpty();
        assertThat(doc.rows().get(3).serviceOfficeNumber()).isEqualTo(OfficeNumber.ALL_NINES);
    }

    @Test
    void everyFieldHasItsLayoutNumberInOrder() {
        assertLayout(SupplementaryUserRecord.class, 63 - 36 + 1 - 1);
        assertLayout(CarePlanSheet1Record.class, 28);
        assertLayout(CarePlanSheet1DeletionRecord.class, 4);
        assertLayout(CarePlanSheet2Record.class, 22);
        assertLayout(WeeklyServicePlanRecord.class, 13);
        assertLayout(ServiceUseRecord.class, 25);
        assertLayout(ServiceUsePlanDeletionRecord.class, 4);
        assertLayout(ActualsDeletionRecord.class, 6);
        assertLayout(ServiceUseAnnexRecord.class, 37);
    }

    private static void assertLayout(Class<?> type, int componentsWithNumbers) {
        int[] numbers = Arrays.stream(type.getRecordComponents())
                .map(c -> c.getAnnotation(dev.careplan.model.LayoutField.class))
                .filter(java.util.Objects::nonNull)
                .mapToInt(dev.careplan.model.LayoutField::no)
                .toArray();
        assertThat(numbers).hasSize(componentsWithNumbers).isSorted();
        assertThat(Arrays.stream(numbers).distinct().count()).isEqualTo(numbers.length);
    }

    @Test
    void missingRequiredFieldIsNamedWhenBuilding() {
        assertThatThrownBy(() -> ServiceUseRecord.builder().build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("is required");
    }

    @Test
    void toStringShowsNoPersonalData() {
        SupplementaryUserRecord r = Fixtures.supplement().build();
        assertThat(r.toString()).doesNotContain("山田").doesNotContain("0000123456").doesNotContain("1940");
    }

    @Test
    void documentsCopyTheirRows() {
        java.util.ArrayList<ServiceUseRecord> rows = new java.util.ArrayList<>(List.of(Fixtures.rental().build()));
        ServiceUsePlanDocument doc = new ServiceUsePlanDocument(CsvVersion.V4_1, Fixtures.CM, Fixtures.HOME_HELP,
                Fixtures.SEQ, Fixtures.MONTH, rows);
        rows.clear();
        assertThat(doc.rows()).hasSize(1);
        assertThatThrownBy(() -> doc.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void componentsAreNeverNullAndOptionalFieldsDefaultToEmpty() throws Exception {
        ServiceUseRecord r = Fixtures.homeHelpVisit(2).build();
        for (RecordComponent c : ServiceUseRecord.class.getRecordComponents()) {
            Object value = c.getAccessor().invoke(r);
            assertThat(value).as(c.getName()).isNotNull();
        }
        assertThat(r.taisCode()).isEmpty();
        assertThat(r.identifier()).isEmpty();
        assertThat(r.targetYearMonth()).isEqualTo(YearMonth.of(2025, 6));
    }


}
