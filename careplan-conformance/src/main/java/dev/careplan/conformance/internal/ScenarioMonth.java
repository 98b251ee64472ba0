package dev.careplan.conformance.internal;

import dev.careplan.benefit.AnnexOutline;
import dev.careplan.benefit.CopayShare;
import dev.careplan.benefit.LaborShare;
import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceRows;
import dev.careplan.benefit.UnitPrice;
import dev.careplan.benefit.UserMonth;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
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
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.code.PlanCategory;
import dev.careplan.model.code.Sex;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.CarePlanSheet1Document;
import dev.careplan.model.kyotaku.CarePlanSheet1Record;
import dev.careplan.model.kyotaku.CarePlanSheet2Document;
import dev.careplan.model.kyotaku.CarePlanSheet2Record;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.KindLimitSlot;
import dev.careplan.model.kyotaku.ServiceUseAnnexDocument;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserDocument;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.kyotaku.WeeklyServicePlanDocument;
import dev.careplan.model.kyotaku.WeeklyServicePlanRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The typed data of one service month of a care-management office (居宅介護支援事業所, kind 43), from which the
 * scenarios take their send units: users, their 第6表 rows per provider, and the plan, 利用票 and 実績 units built from
 * them the way a care-management system builds them. Everything derives from the month given, never from today.
 */
public final class ScenarioMonth {

    /** The care-management office. */
    public static final Party OFFICE = Party.of("1310000001", "43");
    /** A 訪問介護 provider. */
    public static final Party HOME_HELP = Party.of("1310000002", "11");
    /** A 通所介護 provider. */
    public static final Party DAY_SERVICE = Party.of("1310000003", "15");
    /** A 福祉用具貸与 provider. */
    public static final Party RENTAL = Party.of("1310000004", "17");

    private static final InsurerNumber INSURER = InsurerNumber.of("131045");
    /** The 単位数単価 of every 第7表 line of the scenarios: 1級地 (新宿区) × 人件費割合 70 % = 11.40 yen. */
    private static final UnitPrice PRICE = UnitPrice.of(RegionGrade.GRADE_1, LaborShare.P70);

    /** A user of the office. */
    public record User(InsuredNumber insured, String name, String kana, Sex sex, LocalDate birth, CareLevel level,
            int limitUnits, String address) {
    }

    /** 要介護2, an ordinary user. */
    public static final User YAMADA = new User(InsuredNumber.of("1000012345"), "山田 花子", "ヤマダ ハナコ", Sex.FEMALE,
            LocalDate.of(1940, 2, 29), CareLevel.CARE_2, 19705, "東京都新宿区西新宿2-8-1");
    /** 要介護3, 生活保護単独: the insured number is 'H' + 9 digits. */
    public static final User SASAKI = new User(InsuredNumber.of("H000054321"), "佐々木 一郎", "ササキ イチロウ",
            Sex.MALE, LocalDate.of(1948, 7, 7), CareLevel.CARE_3, 27048, "東京都新宿区西新宿2-8-1");
    /** 要介護1, whose name, address and provider names use characters only MS932 holds (髙, 﨑, ～, ①, ㈱, ∥, －). */
    public static final User TAKASAKI = new User(InsuredNumber.of("1000067890"), "髙﨑 ～ 花①", "タカサキ ハナ",
            Sex.FEMALE, LocalDate.of(1935, 11, 3), CareLevel.CARE_1, 16765, "東京都新宿区西新宿２－８－１∥㈱ビル");

    private final YearMonth month;
    private final LocalDate created;
    private final List<User> users = new ArrayList<>();
    private final List<ServiceUseRecord> rows = new ArrayList<>();

    /** A month with no users yet; the plan is drawn up a few days before it starts. */
    public ScenarioMonth(YearMonth month) {
        this.month = month;
        this.created = month.minusMonths(1).atEndOfMonth().minusDays(5);
    }

    /** The service month. */
    public YearMonth month() {
        return month;
    }

    /** A sequence number (ファイル連番) on the day the plan was drawn up, {@code minute} minutes past nine. */
    public SequenceNumber sequence(int minute) {
        return SequenceNumber.of(created.atTime(9, minute));
    }

    /** Adds a user's weekly visits of a provider: one row per day of the month that falls on {@code days}. */
    public ScenarioMonth weekly(User user, Party provider, String providerName, String code, int units, String start,
            String end, DayOfWeek... days) {
        add(user);
        Set<DayOfWeek> on = Set.of(days);
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            if (on.contains(month.atDay(d).getDayOfWeek())) {
                rows.add(base(user, d).serviceCode(ServiceCode.of(code)).units(units)
                        .serviceStartTime(ServiceTime.of(start)).serviceEndTime(ServiceTime.of(end))
                        .serviceOfficeNumber(provider.office()).serviceOfficeName(providerName).build());
            }
        }
        return this;
    }

    /**
     * Adds a 福祉用具貸与 row: no clock time (9999), a TAISコード and the equipment's name; pro-rated (日割) from
     * {@code fromDay} to the end of the month when {@code fromDay} is after the 1st.
     */
    public ScenarioMonth rental(User user, int units, String tais, String equipment, int fromDay) {
        add(user);
        ServiceUseRecord.Builder b = base(user, 1).serviceCode(ServiceCode.of("171007")).units(units)
                .serviceStartTime(ServiceTime.NONE).serviceEndTime(ServiceTime.NONE).taisCode(tais)
                .equipmentName(equipment).detailSeqNo(1).serviceOfficeNumber(RENTAL.office())
                .serviceOfficeName("福祉用具レンタル㈱");
        if (fromDay > 1) {
            int[] days = new int[month.lengthOfMonth() - fromDay + 1];
            for (int i = 0; i < days.length; i++) {
                days[i] = fromDay + i;
            }
            b.proratedDayFlags(ProratedDays.ofDays(days));
        }
        rows.add(b.build());
        return this;
    }

    private void add(User user) {
        if (!users.contains(user)) {
            users.add(user);
        }
    }

    private ServiceUseRecord.Builder base(User u, int day) {
        return ServiceUseRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                .insuredNumber(u.insured()).createdDate(created).targetYearMonth(month)
                .planOfficeNumber(OFFICE.office()).planManagerName("佐藤 花子").serviceDate(month.atDay(day))
                .serviceCount(1).over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE).updaterOfficeNumber(OFFICE.office());
    }

    private List<User> usersOf(Party provider) {
        Set<InsuredNumber> served = new LinkedHashSet<>();
        rows.stream().filter(r -> r.serviceOfficeNumber().equals(provider.office()))
                .forEach(r -> served.add(r.insuredNumber()));
        return users.stream().filter(u -> served.contains(u.insured())).toList();
    }

    /** The plan send unit for a provider: 第1表, 第2表, 第3表 and the plan-bound 利用者補足情報 (month 000000). */
    public List<CareplanDocument> planUnit(Party provider, String providerName, SequenceNumber seq) {
        List<CarePlanSheet1Record> s1 = new ArrayList<>();
        List<CarePlanSheet2Record> s2 = new ArrayList<>();
        List<WeeklyServicePlanRecord> s3 = new ArrayList<>();
        List<SupplementaryUserRecord> sup = new ArrayList<>();
        for (User u : usersOf(provider)) {
            s1.add(CarePlanSheet1Record.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                    .insuredNumber(u.insured()).createdDate(created).planAuthorName("佐藤 花子")
                    .careOfficeName("さくら居宅介護支援事業所").careOfficeNumber(OFFICE.office()).planCreatedDate(created)
                    .firstPlanCreatedDate(created.minusYears(2)).planCategory(PlanCategory.CONTINUATION)
                    .certificationStatus(CertificationStatus.CERTIFIED).careLevel(u.level())
                    .intentionAndAssessmentResult("住み慣れた自宅での生活を続けたい。")
                    .overallSupportPolicy("転倒を防ぎ、在宅生活の継続を支援する。\r\n家族の負担を軽くする。")
                    .updaterOfficeNumber(OFFICE.office()).build());
            s2.add(CarePlanSheet2Record.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                    .insuredNumber(u.insured()).documentCreatedDate(created).planCreatedDate(created).issueNo(1)
                    .issue("一人での入浴や家事が難しい").goalNo(1).longTermGoal("安全に自宅で暮らせる")
                    .shortTermGoal("週の生活リズムを整える").longTermGoalPeriod("12か月").shortTermGoalPeriod("6か月")
                    .supportContentNo(1).serviceContent("身体介護・生活援助")
                    .insuranceCovered(InsuranceCovered.COVERED).serviceType(provider.kind().name().orElse(""))
                    .serviceOfficeNumber(provider.office()).serviceOfficeName(providerName).frequency("週2回")
                    .period("6か月").updaterOfficeNumber(OFFICE.office()).build());
            s3.add(WeeklyServicePlanRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                    .insuredNumber(u.insured()).weeklyPlanCreatedDate(created).planCreatedDate(created)
                    .careServiceContent(provider.kind().name().orElse("")).dayOfWeek(DayOfWeekCode.MONDAY)
                    .serviceStartTime(ServiceTime.of("0930")).serviceEndTime(ServiceTime.of("1000")).build());
            s3.add(WeeklyServicePlanRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                    .insuredNumber(u.insured()).weeklyPlanCreatedDate(created).planCreatedDate(created)
                    .dailyActivity("起床・朝食").activityStartTime(ServiceTime.of("0700"))
                    .activityEndTime(ServiceTime.of("0800")).build());
            sup.add(supplement(u).planCreatedDate(created).build());
        }
        return List.of(
                new CarePlanSheet1Document(CsvVersion.V4_1, OFFICE, provider, seq, s1),
                new CarePlanSheet2Document(CsvVersion.V4_1, OFFICE, provider, seq, s2),
                new WeeklyServicePlanDocument(CsvVersion.V4_1, OFFICE, provider, seq, s3),
                new SupplementaryUserDocument(CsvVersion.V4_1, OFFICE, provider, seq, Optional.empty(), sup));
    }

    /** The 利用票 send unit for a provider: 第6表 (the whole month of its users), 第7表 and 利用者補足情報 of the month. */
    public List<CareplanDocument> useUnit(Party provider, SequenceNumber seq) {
        List<User> served = usersOf(provider);
        Set<InsuredNumber> ids = new LinkedHashSet<>();
        served.forEach(u -> ids.add(u.insured()));
        List<ServiceUseRecord> plan = rows.stream().filter(r -> ids.contains(r.insuredNumber())).toList();
        AnnexOutline outline = AnnexOutline.of(created, PRICE);
        List<ServiceUseAnnexRecord> annex = new ArrayList<>();
        List<SupplementaryUserRecord> sup = new ArrayList<>();
        for (User u : served) {
            annex.addAll(outline.rowsOf(new UserMonth(u.insured(), month,
                    plan.stream().filter(r -> r.insuredNumber().equals(u.insured())).toList(), u.limitUnits(),
                    CopayShare.ONE)));
            sup.add(supplement(u).targetYearMonth(month).build());
        }
        return List.of(
                new ServiceUsePlanDocument(CsvVersion.V4_1, OFFICE, provider, seq, month, plan),
                new ServiceUseAnnexDocument(CsvVersion.V4_1, OFFICE, provider, seq, month, annex),
                new SupplementaryUserDocument(CsvVersion.V4_1, OFFICE, provider, seq, Optional.of(month), sup));
    }

    /** The 実績 a provider sends back to the office: its own rows, as delivered. */
    public List<CareplanDocument> actuals(Party provider, SequenceNumber seq) {
        List<ServiceUseRecord> own = rows.stream().filter(r -> r.serviceOfficeNumber().equals(provider.office()))
                .map(r -> r.toBuilder().serviceOfficeNumber(provider.office()).updaterOfficeNumber(provider.office())
                        .build())
                .toList();
        return List.of(new ActualsDocument(CsvVersion.V4_1, provider, OFFICE, seq, month, own));
    }

    private SupplementaryUserRecord.Builder supplement(User u) {
        int total = rows.stream().filter(r -> r.insuredNumber().equals(u.insured()))
                .mapToInt(ServiceRows::totalUnits).sum();
        return SupplementaryUserRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                .insuredNumber(u.insured()).nameKana(u.kana()).name(u.name()).sex(u.sex()).birthDate(u.birth())
                .postalCode("160-0023").address1(u.address()).certificationStatus(CertificationStatus.CERTIFIED)
                .careLevel(u.level()).benefitLimitUnits(u.limitUnits())
                .addKindLimit(KindLimitSlot.of(ServiceKind.HOME_HELP, u.limitUnits(), total, 0))
                .updaterOfficeNumber(OFFICE.office());
    }
}
