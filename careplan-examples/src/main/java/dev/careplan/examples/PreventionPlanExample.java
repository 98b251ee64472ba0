package dev.careplan.examples;

import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.PreventionUnitFiles;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.ApplicableFlag;
import dev.careplan.model.code.CareLevelBasicInfo;
import dev.careplan.model.code.CertificationStatus;
import dev.careplan.model.code.ConsultationMethod;
import dev.careplan.model.code.ConsultationVisit;
import dev.careplan.model.code.CurrentSituation;
import dev.careplan.model.code.DiseaseProgress;
import dev.careplan.model.code.Entrustment;
import dev.careplan.model.code.HousingType;
import dev.careplan.model.code.NeedFlag;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.code.PhysicianRole;
import dev.careplan.model.code.PlanCategory;
import dev.careplan.model.code.PlanType;
import dev.careplan.model.code.PresenceFlag;
import dev.careplan.model.code.Sex;
import dev.careplan.model.code.SupportLevel;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.validation.CareplanValidator;
import dev.careplan.model.validation.Violation;
import dev.careplan.model.yobo.DailyScheduleRecord;
import dev.careplan.model.yobo.EmergencyContact;
import dev.careplan.model.yobo.FamilyImage;
import dev.careplan.model.yobo.MedicalHistoryRecord;
import dev.careplan.model.yobo.PreventionPlanRecord;
import dev.careplan.model.yobo.PreventionSendUnit;
import dev.careplan.model.yobo.SupportPlanRecord;
import dev.careplan.model.yobo.UserBasicInfoRecord;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Example of the 介護予防 flow: a 地域包括支援センター (kind 46) draws up one 要支援2 user's 利用者基本情報 (with its
 * 別表1 daily timetable, 別表2 medical history and a family-composition image) and 介護予防サービス・支援計画書 (with its
 * 別表) for the month, writes them as one send unit to a 通所型サービス provider (kind A6), validates the unit and
 * reads it back as typed documents. The provider's 実績 for the user are {@link #actuals}.
 */
public final class PreventionPlanExample {

    /** The 地域包括支援センター (kind 46 介護予防支援). */
    public static final Party CENTRE = Party.of("1310000046", "46");
    /** The provider of 通所型サービス（独自） (kind A6) that receives the plan and returns the 実績. */
    public static final Party PROVIDER = Party.of("1310000006", "A6");
    /** The 要支援2 user (insured number shown masked in every text form). */
    public static final InsuredNumber USER = InsuredNumber.of("1000024680");

    private static final InsurerNumber INSURER = InsurerNumber.of("131045");

    private PreventionPlanExample() {
    }

    /** The date of the consultation: ten days before the month before {@code month} ends. */
    static LocalDate consulted(YearMonth month) {
        return month.minusMonths(1).atEndOfMonth().minusDays(10);
    }

    /** The plan date: five days before the month starts. */
    static LocalDate planned(YearMonth month) {
        return month.atDay(1).minusDays(5);
    }

    /** The whole send unit of the centre to the provider for the service month {@code month}. */
    public static PreventionSendUnit unit(YearMonth month, SequenceNumber sequence) {
        LocalDate consulted = consulted(month);
        LocalDate planned = planned(month);
        PreventionSendUnit.Builder unit = PreventionSendUnit.builder(CENTRE, PROVIDER, sequence);
        UserBasicInfoRecord basic = UserBasicInfoRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                .insuredNumber(USER).consultationDate(consulted).planType(PlanType.PREVENTIVE_CARE_SUPPORT)
                .entrusted(Entrustment.OWN).authorName("鈴木 一郎").consultationMethod(ConsultationMethod.VISIT)
                .consultationVisit(ConsultationVisit.FIRST).currentSituation(CurrentSituation.AT_HOME)
                .nameKana("ﾀｶｻｷ ﾊﾙｴ").name("髙﨑 春江").sex(Sex.FEMALE).birthDate(LocalDate.of(1943, 4, 18))
                .address("東京都新宿区西新宿２－８－１").phoneNumber("03-5320-0000")
                .careLevel(CareLevelBasicInfo.SUPPORT_2).certValidFrom(month.minusMonths(2).atDay(1))
                .certValidTo(month.plusMonths(9).atEndOfMonth()).previousCareLevel(CareLevelBasicInfo.SUPPORT_1)
                .disabilityPhysical(ApplicableFlag.NOT_APPLICABLE).housingType(HousingType.OWN_APARTMENT)
                .roomFloor(3).homeModification(PresenceFlag.PRESENT).incomeNationalPension(ApplicableFlag.APPLICABLE)
                .visitorName("髙﨑 和夫").visitorRelationship("長男")
                .emergencyContacts(List.of(new EmergencyContact("髙﨑 和夫", "長男", "東京都中野区１－２－３",
                        "090-0000-1111"), new EmergencyContact("山本 由美", "長女", "埼玉県川口市４－５－６",
                        "080-0000-2222")))
                .familyImageFileName(unit.familyImageFileName(1))
                .familySituation("独居。長男が週末に訪れる。").lifeHistory("小学校の教員を40年務めた。")
                .dailyLifeOverall("午前は散歩、午後は読書。").hobbies("俳句、園芸")
                .communityRelations("町内会の俳句の会に月1回参加").publicServicesInUse("配食サービス")
                .consentDate(consulted).consenterName("髙﨑 春江").build();
        List<DailyScheduleRecord> day = List.of(slot(consulted, "6:30", "起床・体操", ""),
                slot(consulted, "10:00", "散歩（30分）", ""), slot(consulted, "18:00", "夕食", "長男から電話"));
        List<MedicalHistoryRecord> history = List.of(
                illness(consulted, "H30年5月", "高血圧症", PhysicianRole.ATTENDING_PHYSICIAN, DiseaseProgress.IN_TREATMENT),
                illness(consulted, "R3年11月", "変形性膝関節症", PhysicianRole.OTHER, DiseaseProgress.UNDER_OBSERVATION));
        PreventionPlanRecord plan = PreventionPlanRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER)
                .insuredNumber(USER).planCreatedDate(planned).planType(PlanType.PREVENTIVE_CARE_SUPPORT)
                .entrusted(Entrustment.OWN).userName("髙﨑 春江").certificationDate(month.minusMonths(2).atDay(1))
                .certValidFrom(month.minusMonths(2).atDay(1)).certValidTo(month.plusMonths(9).atEndOfMonth())
                .planCategory(PlanCategory.FIRST).certificationStatus(CertificationStatus.CERTIFIED)
                .supportLevel(SupportLevel.SUPPORT_2).centerStaffName("鈴木 一郎")
                .authorOfficeName("新宿地域包括支援センター").authorOfficePhone("03-5320-0046").firstCreatedDate(planned)
                .responsibleCenter("新宿地域包括支援センター").targetLifeDay("毎朝30分散歩する")
                .targetLifeYear("俳句の会に通い続ける").mobilityCurrentStatus("膝の痛みで長く歩けない")
                .mobilityIntention("自分の足で会に通いたい").mobilityIssueExists(PresenceFlag.PRESENT)
                .mobilityIssueBackground("変形性膝関節症、下肢筋力の低下").dailyLifeIssueExists(PresenceFlag.ABSENT)
                .socialParticipationIssueExists(PresenceFlag.ABSENT).healthManagementIssueExists(PresenceFlag.PRESENT)
                .healthNotes("血圧の変動に注意").overallPolicy("膝の負担を減らし、外出の機会を保つ")
                .checklistCountExercise(3).checklistCountNutrition(0).checklistCountOralCare(1)
                .checklistCountWithdrawal(0).checklistCountMemory(1).checklistCountDepression(0)
                .programNeededExercise(NeedFlag.NEEDED).programNeededNutrition(NeedFlag.NOT_NEEDED)
                .programNeededOralCare(NeedFlag.NOT_NEEDED).programNeededWithdrawal(NeedFlag.NOT_NEEDED)
                .programNeededMemory(NeedFlag.NOT_NEEDED).programNeededDepression(NeedFlag.NOT_NEEDED)
                .consentDate(planned).consenterName("髙﨑 春江").build();
        List<SupportPlanRecord> support = List.of(
                support(planned, "1", "1", "1").overallIssue("膝の痛みで外出が減っている")
                        .goalProposal("下肢筋力を保ち、週1回は外出する").userFamilyIntention("続けたい")
                        .goal("俳句の会に歩いて通う").supportPoint("無理のない運動の習慣づけ")
                        .selfCareAndInformalSupport("毎朝の散歩、長男の週末の付き添い")
                        .formalServices("通所型サービス（運動器機能向上）").serviceType("通所型サービス（独自）")
                        .serviceProvider("デイサービス髙﨑").servicePeriod(month + "～" + month.plusMonths(5)).build(),
                support(planned, "1", "1", "2").serviceType("一般介護予防事業").serviceProvider("区の体操教室")
                        .servicePeriod("随時").build());
        return unit.basicInfo(List.of(basic), day, history).familyImage(FamilyImage.of(1, familyPicture()))
                .plan(List.of(plan), support).build();
    }

    private static DailyScheduleRecord slot(LocalDate consulted, String time, String user, String family) {
        return DailyScheduleRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(USER)
                .consultationDate(consulted).time(time).userActivity(user).caregiverActivity(family).build();
    }

    private static MedicalHistoryRecord illness(LocalDate consulted, String onset, String name, PhysicianRole role,
            DiseaseProgress progress) {
        return MedicalHistoryRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(USER)
                .consultationDate(consulted).onsetDate(onset).diseaseName(name)
                .medicalInstitutionAndDoctor("西新宿クリニック 田中医師").attendingPhysicianFlag(role)
                .medicalInstitutionPhone("03-0000-3333").progress(progress).treatmentDetails("内服").build();
    }

    private static SupportPlanRecord.Builder support(LocalDate planned, String issue, String plan, String service) {
        return SupportPlanRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(USER)
                .planCreatedDate(planned).issueNo(issue).supportPlanNo(plan).serviceNo(service);
    }

    /**
     * A family-composition diagram (家族構成図) as a JPEG: the user (double frame) and her son and daughter, drawn
     * without text so that it needs no fonts.
     */
    static byte[] familyPicture() {
        BufferedImage img = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 160, 100);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2));
            g.drawOval(65, 8, 30, 30);
            g.drawOval(69, 12, 22, 22);
            g.drawLine(80, 38, 80, 55);
            g.drawLine(40, 55, 120, 55);
            g.drawLine(40, 55, 40, 65);
            g.drawLine(120, 55, 120, 65);
            g.drawRect(27, 65, 26, 26);
            g.drawOval(107, 65, 26, 26);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The 実績 the provider sends back to the centre: one visit every Wednesday of the month, 09:30–15:30, the first
     * one started 15 minutes late.
     */
    public static List<ServiceUseRecord> actuals(YearMonth month) {
        List<ServiceUseRecord> out = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            if (month.atDay(d).getDayOfWeek() != DayOfWeek.WEDNESDAY) {
                continue;
            }
            boolean first = out.isEmpty();
            out.add(ServiceUseRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(USER)
                    .createdDate(planned(month)).targetYearMonth(month).planOfficeNumber(CENTRE.office())
                    .planManagerName("鈴木 一郎").units(436).serviceDate(month.atDay(d))
                    .serviceStartTime(ServiceTime.of(first ? "0945" : "0930")).serviceEndTime(ServiceTime.of("1530"))
                    .serviceCount(1).serviceCode(ServiceCode.of("A61111")).serviceOfficeNumber(PROVIDER.office())
                    .serviceOfficeName("デイサービス髙﨑").over30DaysFlag(Over30DaysFlag.NOT_APPLICABLE)
                    .updaterOfficeNumber(PROVIDER.office()).build());
        }
        return List.copyOf(out);
    }

    /**
     * Writes the unit of {@code month} into {@code folder}, validates the files, reads them back and prints what it
     * did.
     *
     * @return the problems found: model violations and ERRORs of the conformance validator (empty when all is well)
     */
    public static List<String> writeValidateAndRead(YearMonth month, SequenceNumber sequence, Path folder,
            PrintStream out) throws IOException {
        PreventionSendUnit unit = unit(month, sequence);
        List<String> problems = new ArrayList<>();
        for (Violation v : CareplanValidator.shared().validate(unit)) {
            problems.add(v.severity() + " " + v.ruleId() + " " + v.messageJa());
        }
        Files.createDirectories(folder);
        List<Path> files = PreventionUnitFiles.strict().write(unit, folder);
        out.printf("介護予防 send unit %s → %s (%s), service month %s:%n", unit.sender(), unit.receiver(),
                unit.route(), month);
        for (Path f : files) {
            out.printf("  %s (%d bytes)%n", f.getFileName(), Files.size(f));
        }
        for (Violation v : ConformanceValidator.producer().validate(files).violations()) {
            if (v.isError()) {
                problems.add("ERROR " + v.ruleId() + " " + v.file() + " " + v.messageJa());
            }
        }
        PreventionSendUnit back = PreventionUnitFiles.read(files);
        out.printf("read back: 利用者基本情報 %d, 別表1 %d, 別表2 %d, family images %d, 計画書 %d, 別表 %d; %s%n",
                back.basicInfo().orElseThrow().rows().size(), back.dailySchedule().orElseThrow().rows().size(),
                back.medicalHistory().orElseThrow().rows().size(), back.familyImages().size(),
                back.plan().orElseThrow().rows().size(), back.supportPlan().orElseThrow().rows().size(),
                back.equals(unit) ? "equal to what was written" : "DIFFERENT from what was written");
        if (!back.equals(unit)) {
            problems.add("the unit read back differs from the unit written");
        }
        problems.forEach(out::println);
        out.println(problems.isEmpty() ? "valid: 0 problems" : "invalid: " + problems.size() + " problems");
        return problems;
    }

    /**
     * {@code PreventionPlanExample [FOLDER] [--month YYYY-MM]}: writes the unit into FOLDER (a temporary folder by
     * default) for the given month (next month by default).
     */
    public static List<String> run(String[] args, PrintStream out, Clock clock) {
        ExampleMonth m = ExampleMonth.parse(args);
        try {
            Path folder = m.first().isPresent() ? Path.of(m.first().get())
                    : Files.createTempDirectory("careplan-yobo");
            return writeValidateAndRead(m.orNextMonthOf(clock), SequenceNumber.of(LocalDateTime.now(clock)
                    .withNano(0)), folder, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the example on the system clock. */
    public static void main(String[] args) {
        if (!run(args, System.out, Clock.systemDefaultZone()).isEmpty()) {
            System.exit(1);
        }
    }
}
