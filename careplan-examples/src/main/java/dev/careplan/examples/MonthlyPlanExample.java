package dev.careplan.examples;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.validation.CareplanValidator;
import dev.careplan.model.validation.Violation;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: a care-management office (居宅介護支援事業所) builds one month's 第6表 サービス利用票 (予定) in code,
 * validates it and prints it. The plan covers a 要介護2 user with 訪問介護 twice a week and 通所介護 once a week, a
 * 福祉用具貸与 row with its TAIS code, and a 生活保護単独 user (insured number {@code H} + 9 digits).
 */
public final class MonthlyPlanExample {

    /** The care-management office (kind 43 居宅介護支援). */
    public static final Party CARE_OFFICE = Party.of("1310000001", "43");
    /** The 訪問介護 provider that receives the plan. */
    public static final Party HOME_HELP = Party.of("1310000002", "11");

    private static final OfficeNumber DAY_SERVICE = OfficeNumber.of("1310000003");
    private static final OfficeNumber RENTAL = OfficeNumber.of("1310000004");
    private static final InsurerNumber SHINJUKU = InsurerNumber.of("131045");

    private MonthlyPlanExample() {
    }

    /** Builds the 第6表 plan of {@code month} that the office sends to the 訪問介護 provider. */
    public static ServiceUsePlanDocument buildPlan(YearMonth month, LocalDateTime now) {
        InsuredNumber yamada = InsuredNumber.of("1000012345");
        InsuredNumber publicAssistance = InsuredNumber.of("H000067890");
        List<ServiceUseRecord> rows = new ArrayList<>();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            switch (month.atDay(day).getDayOfWeek()) {
                case MONDAY, THURSDAY -> rows.add(row(month, yamada, day)
                        .serviceCode(ServiceCode.of("111211")).units(250)
                        .serviceStartTime(ServiceTime.of("0930")).serviceEndTime(ServiceTime.of("1000"))
                        .serviceOfficeNumber(HOME_HELP.office()).serviceOfficeName("ひまわり訪問介護").build());
                case WEDNESDAY -> rows.add(row(month, yamada, day)
                        .serviceCode(ServiceCode.of("151231")).units(658)
                        .serviceStartTime(ServiceTime.of("0900")).serviceEndTime(ServiceTime.of("1615"))
                        .serviceOfficeNumber(DAY_SERVICE).serviceOfficeName("デイサービス髙﨑").build());
                case TUESDAY -> rows.add(row(month, publicAssistance, day)
                        .serviceCode(ServiceCode.of("112111")).units(183)
                        .serviceStartTime(ServiceTime.of("1400")).serviceEndTime(ServiceTime.of("1445"))
                        .serviceOfficeNumber(HOME_HELP.office()).serviceOfficeName("ひまわり訪問介護").build());
                default -> {
                }
            }
        }
        rows.add(row(month, yamada, 1)
                .serviceCode(ServiceCode.of("171007")).units(300)
                .serviceStartTime(ServiceTime.NONE).serviceEndTime(ServiceTime.NONE)
                .taisCode("00170-000123").equipmentName("据置型手すり").detailSeqNo(1)
                .serviceOfficeNumber(RENTAL).serviceOfficeName("福祉用具レンタル㈱").build());
        return new ServiceUsePlanDocument(CsvVersion.V4_1, CARE_OFFICE, HOME_HELP, SequenceNumber.of(now), month,
                rows);
    }

    private static ServiceUseRecord.Builder row(YearMonth month, InsuredNumber insured, int day) {
        return ServiceUseRecord.builder()
                .csvVersion(CsvVersion.V4_1)
                .insurerNumber(SHINJUKU)
                .insuredNumber(insured)
                .createdDate(month.minusMonths(1).atEndOfMonth().minusDays(5))
                .targetYearMonth(month)
                .planOfficeNumber(CARE_OFFICE.office())
                .planManagerName("佐藤 花子")
                .serviceDate(month.atDay(day))
                .serviceCount(1)
                .over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE)
                .updaterOfficeNumber(CARE_OFFICE.office());
    }

    /**
     * Prints the plan as a table, validates it and prints the verdict.
     *
     * @return the violations found (empty when the plan conforms)
     */
    public static List<Violation> printAndValidate(ServiceUsePlanDocument plan, CareplanValidator validator,
            PrintStream out) {
        out.printf("第6表 サービス利用票（予定） %s  %s → %s  CSVバージョン %s%n", plan.targetMonth(), plan.sender(),
                plan.receiver(), plan.version());
        out.println("被保険者番号  サービス利用日  開始  終了  サービスコード  サービス種類              事業所      単位数");
        for (ServiceUseRecord r : plan.rows()) {
            ServiceKind kind = r.serviceCode().kind();
            out.printf("%-12s  %-14s  %-4s  %-4s  %-14s  %-24s  %-10s  %6s%n", r.insuredNumber(), r.serviceDate(),
                    r.serviceStartTime(), r.serviceEndTime(), r.serviceCode(), kind.name().orElse(kind.code()),
                    r.serviceOfficeNumber(), r.units().map(String::valueOf).orElse(""));
        }
        List<Violation> violations = validator.validate(plan);
        for (Violation v : violations) {
            out.printf("%s %s 行%d %s%n", v.severity(), v.ruleId(), v.row().orElse(-1) + 1, v.messageJa());
        }
        out.printf("%s: %d rows, %d violations%n", violations.isEmpty() ? "valid" : "invalid", plan.rows().size(),
                violations.size());
        return violations;
    }

    /**
     * Builds the plan of the month given as {@code --month YYYY-MM} (by default next month on {@code clock}), with
     * the sequence number of the clock's time, validates it and prints it.
     *
     * @return the violations found (empty when the plan conforms)
     */
    public static List<Violation> run(String[] args, PrintStream out, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        ServiceUsePlanDocument plan = buildPlan(ExampleMonth.parse(args).orNextMonthOf(clock), now);
        return printAndValidate(plan, CareplanValidator.shared(), out);
    }

    /** {@code MonthlyPlanExample [--month YYYY-MM]}: builds the month's plan, validates it and prints it. */
    public static void main(String[] args) {
        List<Violation> v = run(args, System.out, Clock.systemDefaultZone());
        System.exit(v.isEmpty() ? 0 : 1);
    }
}
