package dev.careplan.csv;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.ServiceKind;
import dev.careplan.model.code.CareLevelBasicInfo;
import dev.careplan.model.code.Entrustment;
import dev.careplan.model.code.NeedFlag;
import dev.careplan.model.code.PlanType;
import dev.careplan.model.code.Sex;
import dev.careplan.model.code.SupportLevel;
import dev.careplan.model.yobo.DailyScheduleRecord;
import dev.careplan.model.yobo.EmergencyContact;
import dev.careplan.model.yobo.FamilyImage;
import dev.careplan.model.yobo.MedicalHistoryRecord;
import dev.careplan.model.yobo.PreventionPlanRecord;
import dev.careplan.model.yobo.PreventionSendUnit;
import dev.careplan.model.yobo.SupportPlanRecord;
import dev.careplan.model.yobo.UserBasicInfoRecord;
import java.time.LocalDate;
import java.util.List;

/** A 介護予防 unit: a 地域包括支援センター (46) sends a 要支援2 user's 利用者基本情報 and plan to a provider. */
final class PreventionSamples {
    static final InsurerNumber INSURER = InsurerNumber.of("131016");
    static final InsuredNumber USER = InsuredNumber.of("0000654321");
    static final LocalDate CONSULTED = LocalDate.of(2025, 5, 12);
    static final LocalDate PLANNED = LocalDate.of(2025, 5, 20);
    static final Party CENTRE = new Party(OfficeNumber.of("1310000046"), ServiceKind.of("46"));
    static final Party PROVIDER = new Party(OfficeNumber.of("1310000005"), ServiceKind.of("A5"));
    static final SequenceNumber SEQ = SequenceNumber.of("20250521090000");
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
        (byte) 0xFF, (byte) 0xD9};

    private PreventionSamples() {
    }

    static UserBasicInfoRecord.Builder basicInfo() {
        return UserBasicInfoRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(USER)
                .consultationDate(CONSULTED).planType(PlanType.PREVENTIVE_CARE_SUPPORT).entrusted(Entrustment.OWN)
                .nameKana("ｻﾄｳ ﾀｶｺ").name("佐藤 髙子").sex(Sex.FEMALE).birthDate(LocalDate.of(1941, 3, 8))
                .careLevel(CareLevelBasicInfo.SUPPORT_2).roomFloor(2).phoneNumber("03-1234-5678")
                .emergencyContacts(List.of(new EmergencyContact("佐藤 次郎", "長男", "東京都港区1-2-3", "090-1111-2222")))
                .familySituation("長男夫婦と同居。\r\n日中は独居。");
    }

    static DailyScheduleRecord.Builder slot(String time) {
        return DailyScheduleRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(USER)
                .consultationDate(CONSULTED).time(time).userActivity("散歩").caregiverActivity("出勤");
    }

    static MedicalHistoryRecord.Builder illness() {
        return MedicalHistoryRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(USER)
                .consultationDate(CONSULTED).onsetDate("R2年4月").diseaseName("高血圧症");
    }

    static PreventionPlanRecord.Builder plan() {
        return PreventionPlanRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(USER)
                .planCreatedDate(PLANNED).planType(PlanType.PREVENTIVE_CARE_SUPPORT).entrusted(Entrustment.OWN)
                .userName("佐藤 髙子").supportLevel(SupportLevel.SUPPORT_2).checklistCountExercise(3)
                .programNeededExercise(NeedFlag.NEEDED).overallPolicy("転倒を防ぐ, 外出を保つ");
    }

    static SupportPlanRecord.Builder support(String issue, String plan, String service) {
        return SupportPlanRecord.builder().csvVersion(CsvVersion.V4_1).insurerNumber(INSURER).insuredNumber(USER)
                .planCreatedDate(PLANNED).issueNo(issue).supportPlanNo(plan).serviceNo(service)
                .serviceType("介護予防通所介護相当サービス");
    }

    static PreventionSendUnit unit() {
        PreventionSendUnit.Builder b = PreventionSendUnit.builder(CENTRE, PROVIDER, SEQ);
        return b.basicInfo(List.of(basicInfo().familyImageFileName(b.familyImageFileName(1)).build()),
                        List.of(slot("7:00").build(), slot("10:00").build()), List.of(illness().build()))
                .familyImage(FamilyImage.of(1, JPEG))
                .plan(List.of(plan().build()), List.of(support("1", "1", "1").overallIssue("歩行").build(),
                        support("1", "1", "2").build()))
                .build();
    }
}
