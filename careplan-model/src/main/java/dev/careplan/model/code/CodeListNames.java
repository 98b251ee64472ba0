package dev.careplan.model.code;

import java.util.HashMap;
import java.util.Map;

/** Japanese names of the code lists, for messages. */
final class CodeListNames {
    private static final Map<Class<?>, String> names = new HashMap<>();

    static {
        names.put(PlanCategory.class, "計画書区分");
        names.put(CertificationStatus.class, "認定状況区分");
        names.put(CareLevel.class, "要介護状態区分");
        names.put(CareLevelBasicInfo.class, "要介護状態区分（利用者基本情報）");
        names.put(SupportLevel.class, "要支援状態区分");
        names.put(LivingSupportReason.class, "生活援助中心型の算定理由");
        names.put(InsuranceCovered.class, "保険対象区分");
        names.put(Sex.class, "性別");
        names.put(DayOfWeekCode.class, "曜日");
        names.put(Over30DaysFlag.class, "３０日超区分");
        names.put(PlanType.class, "計画種類");
        names.put(Entrustment.class, "委託の有無");
        names.put(ConsultationMethod.class, "相談方法");
        names.put(ConsultationVisit.class, "相談回数");
        names.put(CurrentSituation.class, "利用者の現況");
        names.put(PhysicalIndependence.class, "障害高齢者の日常生活自立度");
        names.put(DementiaIndependence.class, "認知症高齢者の日常生活自立度");
        names.put(ChecklistResult.class, "基本チェックリスト記入結果");
        names.put(ApplicableFlag.class, "該当／非該当");
        names.put(HousingType.class, "居住形態");
        names.put(PresenceFlag.class, "有無");
        names.put(PhysicianRole.class, "主治医・意見作成者フラグ");
        names.put(DiseaseProgress.class, "経過");
        names.put(NeedFlag.class, "要否");
    }

    private CodeListNames() {
    }

    static String japaneseName(Class<?> type) {
        return names.getOrDefault(type, type.getSimpleName());
    }
}
