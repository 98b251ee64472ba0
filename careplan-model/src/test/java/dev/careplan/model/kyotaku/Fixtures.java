package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.ProratedDays;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.CareLevel;
import dev.careplan.model.code.CertificationStatus;
import dev.careplan.model.code.DayOfWeekCode;
import dev.careplan.model.code.InsuranceCovered;
import dev.careplan.model.code.LivingSupportReason;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.code.PlanCategory;
import dev.careplan.model.code.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A realistic month: 要介護2 user 山田 髙子 with 訪問介護 (11) and 通所介護 (15), a 福祉用具貸与 (17) row with a TAIS
 * code, and a 生活保護単独 user with an {@code H} number.
 */
public final class Fixtures {
    public static final YearMonth MONTH = YearMonth.of(2025, 6);
    public static final LocalDate PLAN_DATE = LocalDate.of(2025, 5, 20);
    public static final InsurerNumber INSURER = InsurerNumber.of("131016");
    public static final InsuredNumber YAMADA = InsuredNumber.of("0000123456");
    public static final InsuredNumber PUBLIC_ASSISTANCE = InsuredNumber.of("H123456789");
    public static final OfficeNumber CARE_OFFICE = OfficeNumber.of("1310000001");
    public static final OfficeNumber HOME_HELP_OFFICE = OfficeNumber.of("1310000002");
    public static final OfficeNumber DAY_SERVICE_OFFICE = OfficeNumber.of("1310000003");
    public static final OfficeNumber RENTAL_OFFICE = OfficeNumber.of("1310000004");
    public static final Party CM = new Party(CARE_OFFICE, ServiceKind.CARE_MANAGEMENT);
    public static final Party HOME_HELP = new Party(HOME_HELP_OFFICE, ServiceKind.HOME_HELP);
    public static final SequenceNumber SEQ = SequenceNumber.of("20250525093000");

    private Fixtures() {
    }

    public static ServiceUseRecord.Builder homeHelpVisit(int day) {
        return ServiceUseRecord.builder()
                .csvVersion(CsvVersion.V4_1)
                .insurerNumber(INSURER)
                .insuredNumber(YAMADA)
                .createdDate(PLAN_DATE)
                .targetYearMonth(MONTH)
                .planOfficeNumber(CARE_OFFICE)
                .planManagerName("佐藤 花子")
                .units(250)
                .serviceDate(MONTH.atDay(day))
                .serviceStartTime(ServiceTime.of("0930"))
                .serviceEndTime(ServiceTime.of("1000"))
                .serviceCount(1)
                .serviceCode(ServiceCode.of("111211"))
                .serviceOfficeNumber(HOME_HELP_OFFICE)
                .serviceOfficeName("ひまわり訪問介護、本店")
                .over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE)
                .updaterOfficeNumber(CARE_OFFICE);
    }

    public static ServiceUseRecord.Builder dayService(int day) {
        return homeHelpVisit(day)
                .units(658)
                .serviceStartTime(ServiceTime.of("0900"))
                .serviceEndTime(ServiceTime.of("1615"))
                .serviceCode(ServiceCode.of("151231"))
                .serviceOfficeNumber(DAY_SERVICE_OFFICE)
                .serviceOfficeName("デイサービス﨑山");
    }

    public static ServiceUseRecord.Builder rental() {
        return homeHelpVisit(1)
                .units(300)
                .serviceStartTime(ServiceTime.NONE)
                .serviceEndTime(ServiceTime.NONE)
                .serviceCode(ServiceCode.of("171007"))
                .taisCode("00001-000010")
                .equipmentName("手すり \"ST-1\"")
                .detailSeqNo(1)
                .serviceOfficeNumber(RENTAL_OFFICE)
                .serviceOfficeName("福祉用具レンタル㈱");
    }

    public static ServiceUsePlanDocument plan() {
        List<ServiceUseRecord> rows = List.of(
                homeHelpVisit(2).build(), homeHelpVisit(9).build(), dayService(4).build(), dayService(11).build(),
                rental().build(),
                homeHelpVisit(3).insuredNumber(PUBLIC_ASSISTANCE).proratedDayFlags(ProratedDays.ofDays(1, 2, 3))
                        .build());
        return new ServiceUsePlanDocument(CsvVersion.V4_1, CM, HOME_HELP, SEQ, MONTH, rows);
    }

    public static SupplementaryUserRecord.Builder supplement() {
        return SupplementaryUserRecord.builder()
                .csvVersion(CsvVersion.V4_1)
                .insurerNumber(INSURER)
                .insuredNumber(YAMADA)
                .nameKana("ヤマダ タカコ")
                .name("山田 髙子")
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1940, 2, 29))
                .postalCode("160-0023")
                .address1("東京都新宿区西新宿２－８－１")
                .certificationStatus(CertificationStatus.CERTIFIED)
                .careLevel(CareLevel.CARE_2)
                .benefitLimitUnits(19705)
                .addKindLimit(KindLimitSlot.of(ServiceKind.HOME_HELP, 10000, 3000, 0))
                .targetYearMonth(MONTH);
    }

    public static CarePlanSheet1Record.Builder sheet1() {
        return CarePlanSheet1Record.builder()
                .csvVersion(CsvVersion.V4_1)
                .insurerNumber(INSURER)
                .insuredNumber(YAMADA)
                .createdDate(PLAN_DATE)
                .planAuthorName("佐藤 花子")
                .careOfficeName("さくら居宅介護支援事業所")
                .careOfficeNumber(CARE_OFFICE)
                .planCreatedDate(PLAN_DATE)
                .firstPlanCreatedDate(LocalDate.of(2023, 4, 1))
                .planCategory(PlanCategory.CONTINUATION)
                .careLevel(CareLevel.CARE_2)
                .overallSupportPolicy("在宅生活の継続を支援する。\r\n転倒に注意。")
                .livingSupportReason(LivingSupportReason.LIVES_ALONE);
    }

    public static CarePlanSheet2Record.Builder sheet2() {
        return CarePlanSheet2Record.builder()
                .csvVersion(CsvVersion.V4_1)
                .insurerNumber(INSURER)
                .insuredNumber(YAMADA)
                .documentCreatedDate(PLAN_DATE)
                .planCreatedDate(PLAN_DATE)
                .issueNo(1)
                .issue("入浴が一人では難しい")
                .goalNo(1)
                .longTermGoal("安全に入浴できる")
                .supportContentNo(1)
                .serviceContent("入浴介助")
                .insuranceCovered(InsuranceCovered.COVERED)
                .serviceType("通所介護")
                .serviceOfficeNumber(DAY_SERVICE_OFFICE)
                .frequency("週2回");
    }

    public static WeeklyServicePlanRecord.Builder sheet3() {
        return WeeklyServicePlanRecord.builder()
                .csvVersion(CsvVersion.V4_1)
                .insurerNumber(INSURER)
                .insuredNumber(YAMADA)
                .weeklyPlanCreatedDate(PLAN_DATE)
                .planCreatedDate(PLAN_DATE)
                .careServiceContent("訪問介護")
                .dayOfWeek(DayOfWeekCode.MONDAY)
                .serviceStartTime(ServiceTime.of("0930"))
                .serviceEndTime(ServiceTime.of("1000"));
    }

    public static ServiceUseAnnexRecord.Builder annexDetail() {
        return ServiceUseAnnexRecord.builder()
                .csvVersion(CsvVersion.V4_1)
                .insurerNumber(INSURER)
                .insuredNumber(YAMADA)
                .createdDate(PLAN_DATE)
                .targetYearMonth(MONTH)
                .serviceOfficeName("ひまわり訪問介護")
                .serviceOfficeNumber(HOME_HELP_OFFICE)
                .serviceCode(ServiceCode.of("111211"))
                .units(250)
                .countOrDays(8)
                .serviceUnitAmount(2000)
                .benefitManagementUnits(2000)
                .unitPrice(new BigDecimal("11.40"))
                .benefitRate(90)
                .over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE)
                .officeCode(OfficeNumber.ALL_NINES);
    }

    public static ServiceUseAnnexRecord.Builder grandTotal() {
        return annexDetail()
                .serviceOfficeNumber(OfficeNumber.ALL_NINES)
                .serviceCode(ServiceCode.GRAND_TOTAL)
                .units(0)
                .countOrDays(0);
    }
}
