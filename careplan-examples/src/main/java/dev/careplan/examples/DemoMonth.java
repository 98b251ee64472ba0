package dev.careplan.examples;

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
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
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
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One month of a care-management office (居宅介護支援事業所, kind 43) with three users and two providers it
 * exchanges with (訪問介護 11, 通所介護 15), as a vendor's own data would produce it: the 第6表 rows of the month, and
 * for each provider the plan send unit (第1表・第2表・第3表・利用者補足情報) and the 利用票 send unit (第6表・第7表・
 * 利用者補足情報) of the users it serves. Names use MS932-tricky characters (髙, 﨑, ～).
 */
public final class DemoMonth {

    /** The care-management office. */
    public static final Party OFFICE = Party.of("1310000001", "43");
    /** The 訪問介護 provider. */
    public static final Party HOME_HELP = Party.of("1310000002", "11");
    /** The 通所介護 provider. */
    public static final Party DAY_SERVICE = Party.of("1310000003", "15");
    /** A 福祉用具貸与 provider that is not part of the exchange (its rows still appear in the plans). */
    public static final OfficeNumber RENTAL = OfficeNumber.of("1310000004");

    private static final InsurerNumber INSURER = InsurerNumber.of("131045");
    /** The 単位数単価 of every 第7表 line of the demo: 1級地 (新宿区) × 人件費割合 70 % = 11.40 yen. */
    private static final UnitPrice PRICE = UnitPrice.of(RegionGrade.GRADE_1, LaborShare.P70);

    /** A user of the office. */
    public record User(InsuredNumber insured, String name, String kana, Sex sex, LocalDate birth, CareLevel level,
            int limitUnits) {
    }

    /** The users: 要介護1–3, one 生活保護単独 (H number). */
    public static final List<User> USERS = List.of(
            new User(InsuredNumber.of("1000012345"), "山田 髙子", "ヤマダ タカコ", Sex.FEMALE, LocalDate.of(1940, 2, 29),
                    CareLevel.CARE_2, 19705),
            new User(InsuredNumber.of("1000067890"), "﨑田 一郎", "サキタ イチロウ", Sex.MALE, LocalDate.of(1935, 11, 3),
                    CareLevel.CARE_1, 16765),
            new User(InsuredNumber.of("H000054321"), "佐々木 ～ 花", "ササキ ハナ", Sex.FEMALE, LocalDate.of(1948, 7, 7),
                    CareLevel.CARE_3, 27048));

    private final YearMonth month;
    private final LocalDate created;
    private final List<ServiceUseRecord> rows;

    /** The plan of {@code month}, drawn up a few days before it starts. */
    public DemoMonth(YearMonth month) {
        this.month = month;
        this.created = month.minusMonths(1).atEndOfMonth().minusDays(5);
        this.rows = buildRows();
    }

    /** The service month. */
    public YearMonth month() {
        return month;
    }

    /** All 第6表 rows of the month, every provider. */
    public List<ServiceUseRecord> rows() {
        return rows;
    }

    private List<ServiceUseRecord> buildRows() {
        List<ServiceUseRecord> out = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            DayOfWeek dow = month.atDay(d).getDayOfWeek();
            if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY) {
                out.add(row(USERS.get(0), d, "111211", 250, "0930", "1000", HOME_HELP.office(), "ひまわり訪問介護"));
            }
            if (dow == DayOfWeek.WEDNESDAY) {
                out.add(row(USERS.get(0), d, "151231", 658, "0900", "1615", DAY_SERVICE.office(), "デイサービス髙﨑"));
            }
            if (dow == DayOfWeek.TUESDAY) {
                out.add(row(USERS.get(1), d, "112111", 183, "1400", "1445", HOME_HELP.office(), "ひまわり訪問介護"));
            }
            if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.FRIDAY) {
                out.add(row(USERS.get(2), d, "151331", 770, "0900", "1615", DAY_SERVICE.office(), "デイサービス髙﨑"));
            }
            if (dow == DayOfWeek.SATURDAY) {
                out.add(row(USERS.get(2), d, "111311", 396, "1000", "1100", HOME_HELP.office(), "ひまわり訪問介護"));
            }
        }
        out.add(base(USERS.get(0), 1).serviceCode(ServiceCode.of("171007")).units(300)
                .serviceStartTime(ServiceTime.NONE).serviceEndTime(ServiceTime.NONE)
                .taisCode("00170-000123").equipmentName("据置型手すり").detailSeqNo(1)
                .serviceOfficeNumber(RENTAL).serviceOfficeName("福祉用具レンタル㈱").build());
        return List.copyOf(out);
    }

    private ServiceUseRecord row(User u, int day, String code, int units, String start, String end,
            OfficeNumber office, String officeName) {
        return base(u, day).serviceCode(ServiceCode.of(code)).units(units).serviceStartTime(ServiceTime.of(start))
                .serviceEndTime(ServiceTime.of(end)).serviceOfficeNumber(office).serviceOfficeName(officeName)
                .build();
    }

    private ServiceUseRecord.Builder base(User u, int day) {
        return ServiceUseRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                .insuredNumber(u.insured()).createdDate(created).targetYearMonth(month)
                .planOfficeNumber(OFFICE.office()).planManagerName("佐藤 花子").serviceDate(month.atDay(day))
                .serviceCount(1).over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE).updaterOfficeNumber(OFFICE.office());
    }

    /** The users a provider serves this month: only they are sent to it (users unrelated to it are not). */
    public List<User> usersOf(Party provider) {
        Set<InsuredNumber> served = new java.util.HashSet<>();
        rows.stream().filter(r -> r.serviceOfficeNumber().equals(provider.office()))
                .forEach(r -> served.add(r.insuredNumber()));
        return USERS.stream().filter(u -> served.contains(u.insured())).toList();
    }

    /** The plan send unit for a provider: 第1表, 第2表, 第3表 and plan-bound 利用者補足情報. */
    public List<CareplanDocument> planUnit(Party provider, SequenceNumber seq) {
        List<User> users = usersOf(provider);
        List<CarePlanSheet1Record> s1 = new ArrayList<>();
        List<CarePlanSheet2Record> s2 = new ArrayList<>();
        List<WeeklyServicePlanRecord> s3 = new ArrayList<>();
        List<SupplementaryUserRecord> sup = new ArrayList<>();
        for (User u : users) {
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
                    .supportContentNo(1).serviceContent(provider.equals(HOME_HELP) ? "身体介護・生活援助" : "入浴・機能訓練")
                    .insuranceCovered(InsuranceCovered.COVERED).serviceType(provider.kind().name().orElse(""))
                    .serviceOfficeNumber(provider.office()).serviceOfficeName(provider.equals(HOME_HELP)
                            ? "ひまわり訪問介護" : "デイサービス髙﨑").frequency("週2回").period("6か月")
                    .updaterOfficeNumber(OFFICE.office()).build());
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

    /** The 利用票 send unit for a provider: 第6表 (whole month of its users), 第7表 and month-bound 利用者補足情報. */
    public List<CareplanDocument> useUnit(Party provider, SequenceNumber seq) {
        List<User> users = usersOf(provider);
        Set<InsuredNumber> ids = new java.util.HashSet<>();
        users.forEach(u -> ids.add(u.insured()));
        List<ServiceUseRecord> plan = rows.stream().filter(r -> ids.contains(r.insuredNumber())).toList();
        AnnexOutline outline = AnnexOutline.of(created, PRICE);
        List<ServiceUseAnnexRecord> annex = new ArrayList<>();
        List<SupplementaryUserRecord> sup = new ArrayList<>();
        for (User u : users) {
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

    private SupplementaryUserRecord.Builder supplement(User u) {
        int total = rows.stream().filter(r -> r.insuredNumber().equals(u.insured()))
                .mapToInt(ServiceRows::totalUnits).sum();
        return SupplementaryUserRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                .insuredNumber(u.insured()).nameKana(u.kana()).name(u.name()).sex(u.sex()).birthDate(u.birth())
                .postalCode("160-0023").address1("東京都新宿区西新宿２－８－１").certificationStatus(
                        CertificationStatus.CERTIFIED).careLevel(u.level()).benefitLimitUnits(u.limitUnits())
                .addKindLimit(KindLimitSlot.of(ServiceKind.HOME_HELP, u.limitUnits(), total, 0))
                .updaterOfficeNumber(OFFICE.office());
    }

    /**
     * The actuals (実績) a provider sends back: its own rows of the plan, as delivered, with a realistic difference:
     * the last planned visit of the month was cancelled, and the first one took place 15 minutes later.
     */
    public static List<ServiceUseRecord> actualsOf(Party provider, List<ServiceUseRecord> planned) {
        List<ServiceUseRecord> own = planned.stream()
                .filter(r -> r.serviceOfficeNumber().equals(provider.office())).toList();
        List<ServiceUseRecord> out = new ArrayList<>();
        for (int i = 0; i < own.size() - 1; i++) {
            ServiceUseRecord r = own.get(i);
            ServiceTime start = r.serviceStartTime();
            ServiceTime end = r.serviceEndTime();
            if (i == 0) {
                start = later(start);
                end = later(end);
            }
            out.add(r.toBuilder().serviceStartTime(start).serviceEndTime(end).serviceOfficeNumber(provider.office())
                    .updaterOfficeNumber(provider.office()).build());
        }
        return out;
    }

    private static ServiceTime later(ServiceTime t) {
        return t.time().map(x -> ServiceTime.of(x.plusMinutes(15))).orElse(t);
    }

    /** The sequence number for a moment. */
    public static SequenceNumber sequence(LocalDateTime t) {
        return SequenceNumber.of(t.withNano(0));
    }
}
