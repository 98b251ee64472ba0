package dev.careplan.model.yobo;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.ServiceKind;
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
import dev.careplan.model.code.PhysicianRole;
import dev.careplan.model.code.PlanCategory;
import dev.careplan.model.code.PlanType;
import dev.careplan.model.code.PresenceFlag;
import dev.careplan.model.code.Sex;
import dev.careplan.model.code.SupportLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * A realistic 介護予防 case: 要支援2 user 佐藤 髙子, consulted at the 地域包括支援センター on 2025-05-12, with a
 * family-composition image, a two-slot daily timetable, two illnesses and a plan of one issue with two services sent
 * to a 介護予防通所 provider.
 */
public final class PreventionFixtures {
    public static final InsurerNumber INSURER = InsurerNumber.of("131016");
    public static final InsuredNumber SATO = InsuredNumber.of("0000654321");
    public static final LocalDate CONSULTED = LocalDate.of(2025, 5, 12);
    public static final LocalDate PLANNED = LocalDate.of(2025, 5, 20);
    public static final Party CENTRE = new Party(OfficeNumber.of("1310000046"), ServiceKind.of("46"));
    public static final Party OFFICE = new Party(OfficeNumber.of("1310000001"), ServiceKind.CARE_MANAGEMENT);
    public static final Party PROVIDER = new Party(OfficeNumber.of("1310000005"), ServiceKind.of("A5"));
    public static final SequenceNumber SEQ = SequenceNumber.of("20250521090000");
    /** The smallest byte sequence that starts and ends like a JPEG. */
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
        (byte) 0xFF, (byte) 0xD9};

    private PreventionFixtures() {
    }

    public static UserBasicInfoRecord.Builder basicInfo() {
        return UserBasicInfoRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(SATO)
                .consultationDate(CONSULTED).planType(PlanType.PREVENTIVE_CARE_SUPPORT).entrusted(Entrustment.OWN)
                .authorName("鈴木 一郎").consultationMethod(ConsultationMethod.VISIT)
                .consultationVisit(ConsultationVisit.FIRST).currentSituation(CurrentSituation.AT_HOME)
                .nameKana("ｻﾄｳ ﾀｶｺ").name("佐藤 髙子").sex(Sex.FEMALE).birthDate(LocalDate.of(1941, 3, 8))
                .address("東京都千代田区千代田1-1").phoneNumber("03-1234-5678")
                .careLevel(CareLevelBasicInfo.SUPPORT_2).certValidFrom(LocalDate.of(2025, 4, 1))
                .certValidTo(LocalDate.of(2026, 3, 31)).previousCareLevel(CareLevelBasicInfo.SUPPORT_1)
                .disabilityPhysical(ApplicableFlag.NOT_APPLICABLE).housingType(HousingType.OWN_DETACHED).roomFloor(2)
                .homeModification(PresenceFlag.PRESENT).incomeNationalPension(ApplicableFlag.APPLICABLE)
                .visitorName("佐藤 次郎").visitorRelationship("長男")
                .emergencyContacts(List.of(new EmergencyContact("佐藤 次郎", "長男", "東京都港区1-2-3", "090-1111-2222")))
                .familyImageFileName("UPKIHON_IMAGE_1310000046_46_1310000005_A5_20250521090000_0001.jpg")
                .familySituation("長男夫婦と同居。日中は独居。").lifeHistory("商店を営んでいた。")
                .dailyLifeOverall("午前は散歩、午後は自宅で過ごす。").hobbies("園芸")
                .consentDate(LocalDate.of(2025, 5, 12)).consenterName("佐藤 髙子");
    }

    public static DailyScheduleRecord.Builder slot(String time, String activity) {
        return DailyScheduleRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(SATO)
                .consultationDate(CONSULTED).time(time).userActivity(activity).caregiverActivity("長男は出勤");
    }

    public static MedicalHistoryRecord.Builder illness(String name) {
        return MedicalHistoryRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(SATO)
                .consultationDate(CONSULTED).onsetDate("R2年4月").diseaseName(name)
                .medicalInstitutionAndDoctor("千代田クリニック 田中医師")
                .attendingPhysicianFlag(PhysicianRole.ATTENDING_PHYSICIAN).medicalInstitutionPhone("03-2222-3333")
                .progress(DiseaseProgress.IN_TREATMENT).treatmentDetails("内服治療");
    }

    public static PreventionPlanRecord.Builder plan() {
        return PreventionPlanRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(SATO)
                .planCreatedDate(PLANNED).planType(PlanType.PREVENTIVE_CARE_SUPPORT).entrusted(Entrustment.OWN)
                .userName("佐藤 髙子").certificationDate(LocalDate.of(2025, 3, 25))
                .certValidFrom(LocalDate.of(2025, 4, 1)).certValidTo(LocalDate.of(2026, 3, 31))
                .planCategory(PlanCategory.FIRST).certificationStatus(CertificationStatus.CERTIFIED)
                .supportLevel(SupportLevel.SUPPORT_2).centerStaffName("鈴木 一郎")
                .authorOfficeName("千代田地域包括支援センター").firstCreatedDate(PLANNED)
                .targetLifeDay("毎朝近所を散歩する").targetLifeYear("孫の結婚式に出席する")
                .mobilityCurrentStatus("屋外歩行に不安がある").mobilityIssueExists(PresenceFlag.PRESENT)
                .dailyLifeIssueExists(PresenceFlag.ABSENT).socialParticipationIssueExists(PresenceFlag.PRESENT)
                .healthManagementIssueExists(PresenceFlag.ABSENT).overallPolicy("転倒を防ぎ外出の機会を保つ")
                .checklistCountExercise(3).checklistCountNutrition(0).checklistCountOralCare(1)
                .checklistCountWithdrawal(1).checklistCountMemory(0).checklistCountDepression(0)
                .programNeededExercise(NeedFlag.NEEDED).programNeededNutrition(NeedFlag.NOT_NEEDED)
                .consentDate(PLANNED).consenterName("佐藤 髙子");
    }

    public static SupportPlanRecord.Builder support(String issue, String plan, String service) {
        return SupportPlanRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(SATO)
                .planCreatedDate(PLANNED).issueNo(issue).supportPlanNo(plan).serviceNo(service)
                .serviceType("介護予防通所介護相当サービス").serviceProvider("ひだまりデイ").servicePeriod("R7.6～R8.3");
    }

    /** The whole unit from the centre to the provider. */
    public static PreventionSendUnit unit() {
        return PreventionSendUnit.builder(CENTRE, PROVIDER, SEQ)
                .basicInfo(List.of(basicInfo().build()),
                        List.of(slot("7:00", "起床").build(), slot("10:00", "散歩").build()),
                        List.of(illness("高血圧症").build(), illness("変形性膝関節症").build()))
                .familyImage(FamilyImage.of(1, JPEG))
                .plan(List.of(plan().build()),
                        List.of(support("1", "1", "1").overallIssue("屋外歩行の不安").goal("一人で散歩できる")
                                .supportPoint("下肢筋力の維持").build(),
                                support("1", "1", "2").serviceType("一般介護予防事業").build()))
                .build();
    }
}
