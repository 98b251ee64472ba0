package dev.careplan.model.yobo;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.code.CertificationStatus;
import dev.careplan.model.code.Entrustment;
import dev.careplan.model.code.NeedFlag;
import dev.careplan.model.code.PlanCategory;
import dev.careplan.model.code.PlanType;
import dev.careplan.model.code.PresenceFlag;
import dev.careplan.model.code.SupportLevel;
import dev.careplan.model.validation.Rule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 介護予防サービス・支援計画書 (preventive care service and support plan) ({@code UPYOBO}, 57 fields): one user's plan, keyed by 保険者番号 + 被保険者番号 + 計画作成(変更)日.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param planCreatedDate No.4 計画作成(変更)日: Plan date: the key (with No.2, 3) that the 別表 points to.
 * @param planType No.5 計画種類: 介護予防支援 or 介護予防ケアマネジメント.
 * @param entrusted No.6 委託の有無: 自前 or 委託. AMBIGUOUS in the layout (one ○, column unknown): decided required; an empty field is read as {@code Optional.empty()} and reported as a warning (FLD-REQ).
 * @param referenceNumber No.7 整理番号: The sender's reference number, free text.
 * @param userName No.8 利用者名: User's name.
 * @param certificationDate No.9 認定年月日: Date of certification.
 * @param certValidFrom No.10 認定有効期間開始日: Start of the certification period.
 * @param certValidTo No.11 認定有効期間終了日: End of the certification period.
 * @param planCategory No.12 計画書区分: Plan category.
 * @param certificationStatus No.13 認定状況区分: Certification status.
 * @param supportLevel No.14 要支援状態区分: 要支援１, 要支援２ or 地域支援事業.
 * @param centerStaffName No.15 計画作成者氏名（地域包括支援センター担当者名）: Staff member of the 地域包括支援センター.
 * @param careManagerName No.16 計画作成者氏名（担当介護支援専門員名）: Care manager in charge (in the 委託 case, of the 居宅介護支援事業所).
 * @param authorOfficeName No.17 計画作成者事業者・事業所名: Office that made the plan; senders may put other text here, so kept as text.
 * @param authorOfficeAddress No.18 計画作成者事業者・事業所住所: Its address.
 * @param authorOfficePhone No.19 計画作成者事業者・事業所電話番号: Its phone number. No format is printed: kept as text, at most 15 characters.
 * @param firstCreatedDate No.20 初回作成日: Date of the first plan.
 * @param responsibleCenter No.21 担当地域包括支援センター: The 地域包括支援センター in charge.
 * @param targetLifeDay No.22 目標とする生活(1日): Goal for daily life (one day).
 * @param targetLifeYear No.23 目標とする生活(1年): Goal for life (one year).
 * @param mobilityCurrentStatus No.24 【運動・移動】現在の状況: 運動・移動: current situation.
 * @param mobilityIntention No.25 【運動・移動】本人・家族の意欲・意向: 運動・移動: wishes of user and family.
 * @param mobilityIssueExists No.26 【運動・移動】領域における課題の有無: 運動・移動: whether there is an issue in this domain.
 * @param mobilityIssueBackground No.27 【運動・移動】領域における課題（背景・原因）: 運動・移動: the issue's background and cause.
 * @param dailyLifeCurrentStatus No.28 【日常生活(家庭生活)】現在の状況: 日常生活(家庭生活): current situation.
 * @param dailyLifeIntention No.29 【日常生活(家庭生活)】本人・家族の意欲・意向: 日常生活(家庭生活): wishes of user and family.
 * @param dailyLifeIssueExists No.30 【日常生活(家庭生活)】領域における課題の有無: 日常生活(家庭生活): whether there is an issue in this domain.
 * @param dailyLifeIssueBackground No.31 【日常生活(家庭生活)】領域における課題（背景・原因）: 日常生活(家庭生活): the issue's background and cause.
 * @param socialParticipationCurrentStatus No.32 【社会参加、対人関係・コミュニケーション】現在の状況: 社会参加、対人関係・コミュニケーション: current situation.
 * @param socialParticipationIntention No.33 【社会参加、対人関係・コミュニケーション】本人・家族の意欲・意向: 社会参加、対人関係・コミュニケーション: wishes of user and family.
 * @param socialParticipationIssueExists No.34 【社会参加、対人関係・コミュニケーション】領域における課題の有無: 社会参加、対人関係・コミュニケーション: whether there is an issue in this domain.
 * @param socialParticipationIssueBackground No.35 【社会参加、対人関係・コミュニケーション】領域における課題（背景・原因）: 社会参加、対人関係・コミュニケーション: the issue's background and cause.
 * @param healthManagementCurrentStatus No.36 【健康管理】現在の状況: 健康管理: current situation.
 * @param healthManagementIntention No.37 【健康管理】本人・家族の意欲・意向: 健康管理: wishes of user and family.
 * @param healthManagementIssueExists No.38 【健康管理】領域における課題の有無: 健康管理: whether there is an issue in this domain.
 * @param healthManagementIssueBackground No.39 【健康管理】領域における課題（背景・原因）: 健康管理: the issue's background and cause.
 * @param healthNotes No.40 健康状態の留意点: Points to watch about health.
 * @param appropriateSupportPolicy No.41 妥当な支援の実施に向けた方針: Policy for appropriate support.
 * @param overallPolicy No.42 総合的な方針: Overall policy.
 * @param checklistCountExercise No.43 基本チェックリストの該当数(運動不足): Number of applicable checklist items (運動不足); no format is printed, length 1: decided a whole number 0–9.
 * @param checklistCountNutrition No.44 基本チェックリストの該当数(栄養改善): Number of applicable checklist items (栄養改善); no format is printed, length 1: decided a whole number 0–9.
 * @param checklistCountOralCare No.45 基本チェックリストの該当数(口腔内ケア): Number of applicable checklist items (口腔内ケア); no format is printed, length 1: decided a whole number 0–9.
 * @param checklistCountWithdrawal No.46 基本チェックリストの該当数(閉じこもり予防): Number of applicable checklist items (閉じこもり予防); no format is printed, length 1: decided a whole number 0–9.
 * @param checklistCountMemory No.47 基本チェックリストの該当数(物忘れ予防): Number of applicable checklist items (物忘れ予防); no format is printed, length 1: decided a whole number 0–9.
 * @param checklistCountDepression No.48 基本チェックリストの該当数(うつ予防): Number of applicable checklist items (うつ予防); no format is printed, length 1: decided a whole number 0–9.
 * @param programNeededExercise No.49 事業プログラムの要否(運動不足): Whether a programme is needed (運動不足).
 * @param programNeededNutrition No.50 事業プログラムの要否(栄養改善): Whether a programme is needed (栄養改善).
 * @param programNeededOralCare No.51 事業プログラムの要否(口腔内ケア): Whether a programme is needed (口腔内ケア).
 * @param programNeededWithdrawal No.52 事業プログラムの要否(閉じこもり予防): Whether a programme is needed (閉じこもり予防).
 * @param programNeededMemory No.53 事業プログラムの要否(物忘れ予防): Whether a programme is needed (物忘れ予防).
 * @param programNeededDepression No.54 事業プログラムの要否(うつ予防): Whether a programme is needed (うつ予防).
 * @param centerOpinion No.55 地域包括支援センター意見: Opinion of the 地域包括支援センター (in the 委託 case, the centre's check of the office's plan).
 * @param consentDate No.56 同意日: Date of consent.
 * @param consenterName No.57 同意者氏名: Name of the person who consented.
 */
public record PreventionPlanRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "計画作成(変更)日")
        LocalDate planCreatedDate,
        @LayoutField(no = 5, ja = "計画種類")
        PlanType planType,
        @LayoutField(no = 6, ja = "委託の有無")
        Optional<Entrustment> entrusted,
        @LayoutField(no = 7, ja = "整理番号")
        String referenceNumber,
        @LayoutField(no = 8, ja = "利用者名")
        @NotBlank(message = "{careplan.required}", payload = Rule.FldReq.class)
        String userName,
        @LayoutField(no = 9, ja = "認定年月日")
        Optional<LocalDate> certificationDate,
        @LayoutField(no = 10, ja = "認定有効期間開始日")
        Optional<LocalDate> certValidFrom,
        @LayoutField(no = 11, ja = "認定有効期間終了日")
        Optional<LocalDate> certValidTo,
        @LayoutField(no = 12, ja = "計画書区分")
        Optional<PlanCategory> planCategory,
        @LayoutField(no = 13, ja = "認定状況区分")
        Optional<CertificationStatus> certificationStatus,
        @LayoutField(no = 14, ja = "要支援状態区分")
        Optional<SupportLevel> supportLevel,
        @LayoutField(no = 15, ja = "計画作成者氏名（地域包括支援センター担当者名）")
        String centerStaffName,
        @LayoutField(no = 16, ja = "計画作成者氏名（担当介護支援専門員名）")
        String careManagerName,
        @LayoutField(no = 17, ja = "計画作成者事業者・事業所名")
        String authorOfficeName,
        @LayoutField(no = 18, ja = "計画作成者事業者・事業所住所")
        String authorOfficeAddress,
        @LayoutField(no = 19, ja = "計画作成者事業者・事業所電話番号")
        @Size(max = 15, message = "{careplan.length}", payload = Rule.FldLen.class)
        String authorOfficePhone,
        @LayoutField(no = 20, ja = "初回作成日")
        Optional<LocalDate> firstCreatedDate,
        @LayoutField(no = 21, ja = "担当地域包括支援センター")
        String responsibleCenter,
        @LayoutField(no = 22, ja = "目標とする生活(1日)")
        String targetLifeDay,
        @LayoutField(no = 23, ja = "目標とする生活(1年)")
        String targetLifeYear,
        @LayoutField(no = 24, ja = "【運動・移動】現在の状況")
        String mobilityCurrentStatus,
        @LayoutField(no = 25, ja = "【運動・移動】本人・家族の意欲・意向")
        String mobilityIntention,
        @LayoutField(no = 26, ja = "【運動・移動】領域における課題の有無")
        Optional<PresenceFlag> mobilityIssueExists,
        @LayoutField(no = 27, ja = "【運動・移動】領域における課題（背景・原因）")
        String mobilityIssueBackground,
        @LayoutField(no = 28, ja = "【日常生活(家庭生活)】現在の状況")
        String dailyLifeCurrentStatus,
        @LayoutField(no = 29, ja = "【日常生活(家庭生活)】本人・家族の意欲・意向")
        String dailyLifeIntention,
        @LayoutField(no = 30, ja = "【日常生活(家庭生活)】領域における課題の有無")
        Optional<PresenceFlag> dailyLifeIssueExists,
        @LayoutField(no = 31, ja = "【日常生活(家庭生活)】領域における課題（背景・原因）")
        String dailyLifeIssueBackground,
        @LayoutField(no = 32, ja = "【社会参加、対人関係・コミュニケーション】現在の状況")
        String socialParticipationCurrentStatus,
        @LayoutField(no = 33, ja = "【社会参加、対人関係・コミュニケーション】本人・家族の意欲・意向")
        String socialParticipationIntention,
        @LayoutField(no = 34, ja = "【社会参加、対人関係・コミュニケーション】領域における課題の有無")
        Optional<PresenceFlag> socialParticipationIssueExists,
        @LayoutField(no = 35, ja = "【社会参加、対人関係・コミュニケーション】領域における課題（背景・原因）")
        String socialParticipationIssueBackground,
        @LayoutField(no = 36, ja = "【健康管理】現在の状況")
        String healthManagementCurrentStatus,
        @LayoutField(no = 37, ja = "【健康管理】本人・家族の意欲・意向")
        String healthManagementIntention,
        @LayoutField(no = 38, ja = "【健康管理】領域における課題の有無")
        Optional<PresenceFlag> healthManagementIssueExists,
        @LayoutField(no = 39, ja = "【健康管理】領域における課題（背景・原因）")
        String healthManagementIssueBackground,
        @LayoutField(no = 40, ja = "健康状態の留意点")
        String healthNotes,
        @LayoutField(no = 41, ja = "妥当な支援の実施に向けた方針")
        String appropriateSupportPolicy,
        @LayoutField(no = 42, ja = "総合的な方針")
        String overallPolicy,
        @LayoutField(no = 43, ja = "基本チェックリストの該当数(運動不足)")
        Optional<@Min(value = 0, message = "{careplan.notNegative}", payload = Rule.FldDigit.class) @Max(value = 9, message = "{careplan.digits1}", payload = Rule.FldDigit.class) Integer> checklistCountExercise,
        @LayoutField(no = 44, ja = "基本チェックリストの該当数(栄養改善)")
        Optional<@Min(value = 0, message = "{careplan.notNegative}", payload = Rule.FldDigit.class) @Max(value = 9, message = "{careplan.digits1}", payload = Rule.FldDigit.class) Integer> checklistCountNutrition,
        @LayoutField(no = 45, ja = "基本チェックリストの該当数(口腔内ケア)")
        Optional<@Min(value = 0, message = "{careplan.notNegative}", payload = Rule.FldDigit.class) @Max(value = 9, message = "{careplan.digits1}", payload = Rule.FldDigit.class) Integer> checklistCountOralCare,
        @LayoutField(no = 46, ja = "基本チェックリストの該当数(閉じこもり予防)")
        Optional<@Min(value = 0, message = "{careplan.notNegative}", payload = Rule.FldDigit.class) @Max(value = 9, message = "{careplan.digits1}", payload = Rule.FldDigit.class) Integer> checklistCountWithdrawal,
        @LayoutField(no = 47, ja = "基本チェックリストの該当数(物忘れ予防)")
        Optional<@Min(value = 0, message = "{careplan.notNegative}", payload = Rule.FldDigit.class) @Max(value = 9, message = "{careplan.digits1}", payload = Rule.FldDigit.class) Integer> checklistCountMemory,
        @LayoutField(no = 48, ja = "基本チェックリストの該当数(うつ予防)")
        Optional<@Min(value = 0, message = "{careplan.notNegative}", payload = Rule.FldDigit.class) @Max(value = 9, message = "{careplan.digits1}", payload = Rule.FldDigit.class) Integer> checklistCountDepression,
        @LayoutField(no = 49, ja = "事業プログラムの要否(運動不足)")
        Optional<NeedFlag> programNeededExercise,
        @LayoutField(no = 50, ja = "事業プログラムの要否(栄養改善)")
        Optional<NeedFlag> programNeededNutrition,
        @LayoutField(no = 51, ja = "事業プログラムの要否(口腔内ケア)")
        Optional<NeedFlag> programNeededOralCare,
        @LayoutField(no = 52, ja = "事業プログラムの要否(閉じこもり予防)")
        Optional<NeedFlag> programNeededWithdrawal,
        @LayoutField(no = 53, ja = "事業プログラムの要否(物忘れ予防)")
        Optional<NeedFlag> programNeededMemory,
        @LayoutField(no = 54, ja = "事業プログラムの要否(うつ予防)")
        Optional<NeedFlag> programNeededDepression,
        @LayoutField(no = 55, ja = "地域包括支援センター意見")
        String centerOpinion,
        @LayoutField(no = 56, ja = "同意日")
        Optional<LocalDate> consentDate,
        @LayoutField(no = 57, ja = "同意者氏名")
        String consenterName) implements PreventionRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public PreventionPlanRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(planCreatedDate, "planCreatedDate (計画作成(変更)日) is required");
        Objects.requireNonNull(planType, "planType (計画種類) is required");
        Objects.requireNonNull(entrusted, "entrusted (委託の有無) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(referenceNumber, "referenceNumber (整理番号) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(userName, "userName (利用者名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(certificationDate, "certificationDate (認定年月日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certValidFrom, "certValidFrom (認定有効期間開始日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certValidTo, "certValidTo (認定有効期間終了日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(planCategory, "planCategory (計画書区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certificationStatus, "certificationStatus (認定状況区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(supportLevel, "supportLevel (要支援状態区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(centerStaffName, "centerStaffName (計画作成者氏名（地域包括支援センター担当者名）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(careManagerName, "careManagerName (計画作成者氏名（担当介護支援専門員名）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(authorOfficeName, "authorOfficeName (計画作成者事業者・事業所名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(authorOfficeAddress, "authorOfficeAddress (計画作成者事業者・事業所住所) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(authorOfficePhone, "authorOfficePhone (計画作成者事業者・事業所電話番号) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(firstCreatedDate, "firstCreatedDate (初回作成日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(responsibleCenter, "responsibleCenter (担当地域包括支援センター) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(targetLifeDay, "targetLifeDay (目標とする生活(1日)) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(targetLifeYear, "targetLifeYear (目標とする生活(1年)) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(mobilityCurrentStatus, "mobilityCurrentStatus (【運動・移動】現在の状況) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(mobilityIntention, "mobilityIntention (【運動・移動】本人・家族の意欲・意向) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(mobilityIssueExists, "mobilityIssueExists (【運動・移動】領域における課題の有無) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(mobilityIssueBackground, "mobilityIssueBackground (【運動・移動】領域における課題（背景・原因）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(dailyLifeCurrentStatus, "dailyLifeCurrentStatus (【日常生活(家庭生活)】現在の状況) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(dailyLifeIntention, "dailyLifeIntention (【日常生活(家庭生活)】本人・家族の意欲・意向) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(dailyLifeIssueExists, "dailyLifeIssueExists (【日常生活(家庭生活)】領域における課題の有無) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(dailyLifeIssueBackground, "dailyLifeIssueBackground (【日常生活(家庭生活)】領域における課題（背景・原因）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(socialParticipationCurrentStatus, "socialParticipationCurrentStatus (【社会参加、対人関係・コミュニケーション】現在の状況) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(socialParticipationIntention, "socialParticipationIntention (【社会参加、対人関係・コミュニケーション】本人・家族の意欲・意向) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(socialParticipationIssueExists, "socialParticipationIssueExists (【社会参加、対人関係・コミュニケーション】領域における課題の有無) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(socialParticipationIssueBackground, "socialParticipationIssueBackground (【社会参加、対人関係・コミュニケーション】領域における課題（背景・原因）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(healthManagementCurrentStatus, "healthManagementCurrentStatus (【健康管理】現在の状況) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(healthManagementIntention, "healthManagementIntention (【健康管理】本人・家族の意欲・意向) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(healthManagementIssueExists, "healthManagementIssueExists (【健康管理】領域における課題の有無) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(healthManagementIssueBackground, "healthManagementIssueBackground (【健康管理】領域における課題（背景・原因）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(healthNotes, "healthNotes (健康状態の留意点) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(appropriateSupportPolicy, "appropriateSupportPolicy (妥当な支援の実施に向けた方針) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(overallPolicy, "overallPolicy (総合的な方針) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(checklistCountExercise, "checklistCountExercise (基本チェックリストの該当数(運動不足)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(checklistCountNutrition, "checklistCountNutrition (基本チェックリストの該当数(栄養改善)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(checklistCountOralCare, "checklistCountOralCare (基本チェックリストの該当数(口腔内ケア)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(checklistCountWithdrawal, "checklistCountWithdrawal (基本チェックリストの該当数(閉じこもり予防)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(checklistCountMemory, "checklistCountMemory (基本チェックリストの該当数(物忘れ予防)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(checklistCountDepression, "checklistCountDepression (基本チェックリストの該当数(うつ予防)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(programNeededExercise, "programNeededExercise (事業プログラムの要否(運動不足)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(programNeededNutrition, "programNeededNutrition (事業プログラムの要否(栄養改善)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(programNeededOralCare, "programNeededOralCare (事業プログラムの要否(口腔内ケア)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(programNeededWithdrawal, "programNeededWithdrawal (事業プログラムの要否(閉じこもり予防)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(programNeededMemory, "programNeededMemory (事業プログラムの要否(物忘れ予防)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(programNeededDepression, "programNeededDepression (事業プログラムの要否(うつ予防)) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(centerOpinion, "centerOpinion (地域包括支援センター意見) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(consentDate, "consentDate (同意日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(consenterName, "consenterName (同意者氏名) must not be null; use \"\" for an empty field");
    }

    @Override
    public PreventionKey key() {
        return new PreventionKey(insurerNumber, insuredNumber, planCreatedDate);
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "PreventionPlanRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PreventionPlanRecord} field by field. */
    public static final class Builder {
        private CsvVersion csvVersion;
        private InsurerNumber insurerNumber;
        private InsuredNumber insuredNumber;
        private LocalDate planCreatedDate;
        private PlanType planType;
        private Optional<Entrustment> entrusted = Optional.empty();
        private String referenceNumber = "";
        private String userName = "";
        private Optional<LocalDate> certificationDate = Optional.empty();
        private Optional<LocalDate> certValidFrom = Optional.empty();
        private Optional<LocalDate> certValidTo = Optional.empty();
        private Optional<PlanCategory> planCategory = Optional.empty();
        private Optional<CertificationStatus> certificationStatus = Optional.empty();
        private Optional<SupportLevel> supportLevel = Optional.empty();
        private String centerStaffName = "";
        private String careManagerName = "";
        private String authorOfficeName = "";
        private String authorOfficeAddress = "";
        private String authorOfficePhone = "";
        private Optional<LocalDate> firstCreatedDate = Optional.empty();
        private String responsibleCenter = "";
        private String targetLifeDay = "";
        private String targetLifeYear = "";
        private String mobilityCurrentStatus = "";
        private String mobilityIntention = "";
        private Optional<PresenceFlag> mobilityIssueExists = Optional.empty();
        private String mobilityIssueBackground = "";
        private String dailyLifeCurrentStatus = "";
        private String dailyLifeIntention = "";
        private Optional<PresenceFlag> dailyLifeIssueExists = Optional.empty();
        private String dailyLifeIssueBackground = "";
        private String socialParticipationCurrentStatus = "";
        private String socialParticipationIntention = "";
        private Optional<PresenceFlag> socialParticipationIssueExists = Optional.empty();
        private String socialParticipationIssueBackground = "";
        private String healthManagementCurrentStatus = "";
        private String healthManagementIntention = "";
        private Optional<PresenceFlag> healthManagementIssueExists = Optional.empty();
        private String healthManagementIssueBackground = "";
        private String healthNotes = "";
        private String appropriateSupportPolicy = "";
        private String overallPolicy = "";
        private Optional<Integer> checklistCountExercise = Optional.empty();
        private Optional<Integer> checklistCountNutrition = Optional.empty();
        private Optional<Integer> checklistCountOralCare = Optional.empty();
        private Optional<Integer> checklistCountWithdrawal = Optional.empty();
        private Optional<Integer> checklistCountMemory = Optional.empty();
        private Optional<Integer> checklistCountDepression = Optional.empty();
        private Optional<NeedFlag> programNeededExercise = Optional.empty();
        private Optional<NeedFlag> programNeededNutrition = Optional.empty();
        private Optional<NeedFlag> programNeededOralCare = Optional.empty();
        private Optional<NeedFlag> programNeededWithdrawal = Optional.empty();
        private Optional<NeedFlag> programNeededMemory = Optional.empty();
        private Optional<NeedFlag> programNeededDepression = Optional.empty();
        private String centerOpinion = "";
        private Optional<LocalDate> consentDate = Optional.empty();
        private String consenterName = "";

        private Builder() {
        }

        /** No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1. */
        public Builder csvVersion(CsvVersion value) {
            this.csvVersion = value;
            return this;
        }

        /** No.2 保険者番号: Insurer (municipality) of the care recipient. */
        public Builder insurerNumber(InsurerNumber value) {
            this.insurerNumber = value;
            return this;
        }

        /** No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独. */
        public Builder insuredNumber(InsuredNumber value) {
            this.insuredNumber = value;
            return this;
        }

        /** No.4 計画作成(変更)日: Plan date: the key (with No.2, 3) that the 別表 points to. */
        public Builder planCreatedDate(LocalDate value) {
            this.planCreatedDate = value;
            return this;
        }

        /** No.5 計画種類: 介護予防支援 or 介護予防ケアマネジメント. */
        public Builder planType(PlanType value) {
            this.planType = value;
            return this;
        }

        /** No.6 委託の有無: 自前 or 委託. AMBIGUOUS in the layout (one ○, column unknown): decided required; an empty field is read as {@code Optional.empty()} and reported as a warning (FLD-REQ). */
        public Builder entrusted(Entrustment value) {
            this.entrusted = Optional.ofNullable(value);
            return this;
        }

        /** No.7 整理番号: The sender's reference number, free text. */
        public Builder referenceNumber(String value) {
            this.referenceNumber = value;
            return this;
        }

        /** No.8 利用者名: User's name. */
        public Builder userName(String value) {
            this.userName = value;
            return this;
        }

        /** No.9 認定年月日: Date of certification. */
        public Builder certificationDate(LocalDate value) {
            this.certificationDate = Optional.ofNullable(value);
            return this;
        }

        /** No.10 認定有効期間開始日: Start of the certification period. */
        public Builder certValidFrom(LocalDate value) {
            this.certValidFrom = Optional.ofNullable(value);
            return this;
        }

        /** No.11 認定有効期間終了日: End of the certification period. */
        public Builder certValidTo(LocalDate value) {
            this.certValidTo = Optional.ofNullable(value);
            return this;
        }

        /** No.12 計画書区分: Plan category. */
        public Builder planCategory(PlanCategory value) {
            this.planCategory = Optional.ofNullable(value);
            return this;
        }

        /** No.13 認定状況区分: Certification status. */
        public Builder certificationStatus(CertificationStatus value) {
            this.certificationStatus = Optional.ofNullable(value);
            return this;
        }

        /** No.14 要支援状態区分: 要支援１, 要支援２ or 地域支援事業. */
        public Builder supportLevel(SupportLevel value) {
            this.supportLevel = Optional.ofNullable(value);
            return this;
        }

        /** No.15 計画作成者氏名（地域包括支援センター担当者名）: Staff member of the 地域包括支援センター. */
        public Builder centerStaffName(String value) {
            this.centerStaffName = value;
            return this;
        }

        /** No.16 計画作成者氏名（担当介護支援専門員名）: Care manager in charge (in the 委託 case, of the 居宅介護支援事業所). */
        public Builder careManagerName(String value) {
            this.careManagerName = value;
            return this;
        }

        /** No.17 計画作成者事業者・事業所名: Office that made the plan; senders may put other text here, so kept as text. */
        public Builder authorOfficeName(String value) {
            this.authorOfficeName = value;
            return this;
        }

        /** No.18 計画作成者事業者・事業所住所: Its address. */
        public Builder authorOfficeAddress(String value) {
            this.authorOfficeAddress = value;
            return this;
        }

        /** No.19 計画作成者事業者・事業所電話番号: Its phone number. No format is printed: kept as text, at most 15 characters. */
        public Builder authorOfficePhone(String value) {
            this.authorOfficePhone = value;
            return this;
        }

        /** No.20 初回作成日: Date of the first plan. */
        public Builder firstCreatedDate(LocalDate value) {
            this.firstCreatedDate = Optional.ofNullable(value);
            return this;
        }

        /** No.21 担当地域包括支援センター: The 地域包括支援センター in charge. */
        public Builder responsibleCenter(String value) {
            this.responsibleCenter = value;
            return this;
        }

        /** No.22 目標とする生活(1日): Goal for daily life (one day). */
        public Builder targetLifeDay(String value) {
            this.targetLifeDay = value;
            return this;
        }

        /** No.23 目標とする生活(1年): Goal for life (one year). */
        public Builder targetLifeYear(String value) {
            this.targetLifeYear = value;
            return this;
        }

        /** No.24 【運動・移動】現在の状況: 運動・移動: current situation. */
        public Builder mobilityCurrentStatus(String value) {
            this.mobilityCurrentStatus = value;
            return this;
        }

        /** No.25 【運動・移動】本人・家族の意欲・意向: 運動・移動: wishes of user and family. */
        public Builder mobilityIntention(String value) {
            this.mobilityIntention = value;
            return this;
        }

        /** No.26 【運動・移動】領域における課題の有無: 運動・移動: whether there is an issue in this domain. */
        public Builder mobilityIssueExists(PresenceFlag value) {
            this.mobilityIssueExists = Optional.ofNullable(value);
            return this;
        }

        /** No.27 【運動・移動】領域における課題（背景・原因）: 運動・移動: the issue's background and cause. */
        public Builder mobilityIssueBackground(String value) {
            this.mobilityIssueBackground = value;
            return this;
        }

        /** No.28 【日常生活(家庭生活)】現在の状況: 日常生活(家庭生活): current situation. */
        public Builder dailyLifeCurrentStatus(String value) {
            this.dailyLifeCurrentStatus = value;
            return this;
        }

        /** No.29 【日常生活(家庭生活)】本人・家族の意欲・意向: 日常生活(家庭生活): wishes of user and family. */
        public Builder dailyLifeIntention(String value) {
            this.dailyLifeIntention = value;
            return this;
        }

        /** No.30 【日常生活(家庭生活)】領域における課題の有無: 日常生活(家庭生活): whether there is an issue in this domain. */
        public Builder dailyLifeIssueExists(PresenceFlag value) {
            this.dailyLifeIssueExists = Optional.ofNullable(value);
            return this;
        }

        /** No.31 【日常生活(家庭生活)】領域における課題（背景・原因）: 日常生活(家庭生活): the issue's background and cause. */
        public Builder dailyLifeIssueBackground(String value) {
            this.dailyLifeIssueBackground = value;
            return this;
        }

        /** No.32 【社会参加、対人関係・コミュニケーション】現在の状況: 社会参加、対人関係・コミュニケーション: current situation. */
        public Builder socialParticipationCurrentStatus(String value) {
            this.socialParticipationCurrentStatus = value;
            return this;
        }

        /** No.33 【社会参加、対人関係・コミュニケーション】本人・家族の意欲・意向: 社会参加、対人関係・コミュニケーション: wishes of user and family. */
        public Builder socialParticipationIntention(String value) {
            this.socialParticipationIntention = value;
            return this;
        }

        /** No.34 【社会参加、対人関係・コミュニケーション】領域における課題の有無: 社会参加、対人関係・コミュニケーション: whether there is an issue in this domain. */
        public Builder socialParticipationIssueExists(PresenceFlag value) {
            this.socialParticipationIssueExists = Optional.ofNullable(value);
            return this;
        }

        /** No.35 【社会参加、対人関係・コミュニケーション】領域における課題（背景・原因）: 社会参加、対人関係・コミュニケーション: the issue's background and cause. */
        public Builder socialParticipationIssueBackground(String value) {
            this.socialParticipationIssueBackground = value;
            return this;
        }

        /** No.36 【健康管理】現在の状況: 健康管理: current situation. */
        public Builder healthManagementCurrentStatus(String value) {
            this.healthManagementCurrentStatus = value;
            return this;
        }

        /** No.37 【健康管理】本人・家族の意欲・意向: 健康管理: wishes of user and family. */
        public Builder healthManagementIntention(String value) {
            this.healthManagementIntention = value;
            return this;
        }

        /** No.38 【健康管理】領域における課題の有無: 健康管理: whether there is an issue in this domain. */
        public Builder healthManagementIssueExists(PresenceFlag value) {
            this.healthManagementIssueExists = Optional.ofNullable(value);
            return this;
        }

        /** No.39 【健康管理】領域における課題（背景・原因）: 健康管理: the issue's background and cause. */
        public Builder healthManagementIssueBackground(String value) {
            this.healthManagementIssueBackground = value;
            return this;
        }

        /** No.40 健康状態の留意点: Points to watch about health. */
        public Builder healthNotes(String value) {
            this.healthNotes = value;
            return this;
        }

        /** No.41 妥当な支援の実施に向けた方針: Policy for appropriate support. */
        public Builder appropriateSupportPolicy(String value) {
            this.appropriateSupportPolicy = value;
            return this;
        }

        /** No.42 総合的な方針: Overall policy. */
        public Builder overallPolicy(String value) {
            this.overallPolicy = value;
            return this;
        }

        /** No.43 基本チェックリストの該当数(運動不足): Number of applicable checklist items (運動不足); no format is printed, length 1: decided a whole number 0–9. */
        public Builder checklistCountExercise(Integer value) {
            this.checklistCountExercise = Optional.ofNullable(value);
            return this;
        }

        /** No.44 基本チェックリストの該当数(栄養改善): Number of applicable checklist items (栄養改善); no format is printed, length 1: decided a whole number 0–9. */
        public Builder checklistCountNutrition(Integer value) {
            this.checklistCountNutrition = Optional.ofNullable(value);
            return this;
        }

        /** No.45 基本チェックリストの該当数(口腔内ケア): Number of applicable checklist items (口腔内ケア); no format is printed, length 1: decided a whole number 0–9. */
        public Builder checklistCountOralCare(Integer value) {
            this.checklistCountOralCare = Optional.ofNullable(value);
            return this;
        }

        /** No.46 基本チェックリストの該当数(閉じこもり予防): Number of applicable checklist items (閉じこもり予防); no format is printed, length 1: decided a whole number 0–9. */
        public Builder checklistCountWithdrawal(Integer value) {
            this.checklistCountWithdrawal = Optional.ofNullable(value);
            return this;
        }

        /** No.47 基本チェックリストの該当数(物忘れ予防): Number of applicable checklist items (物忘れ予防); no format is printed, length 1: decided a whole number 0–9. */
        public Builder checklistCountMemory(Integer value) {
            this.checklistCountMemory = Optional.ofNullable(value);
            return this;
        }

        /** No.48 基本チェックリストの該当数(うつ予防): Number of applicable checklist items (うつ予防); no format is printed, length 1: decided a whole number 0–9. */
        public Builder checklistCountDepression(Integer value) {
            this.checklistCountDepression = Optional.ofNullable(value);
            return this;
        }

        /** No.49 事業プログラムの要否(運動不足): Whether a programme is needed (運動不足). */
        public Builder programNeededExercise(NeedFlag value) {
            this.programNeededExercise = Optional.ofNullable(value);
            return this;
        }

        /** No.50 事業プログラムの要否(栄養改善): Whether a programme is needed (栄養改善). */
        public Builder programNeededNutrition(NeedFlag value) {
            this.programNeededNutrition = Optional.ofNullable(value);
            return this;
        }

        /** No.51 事業プログラムの要否(口腔内ケア): Whether a programme is needed (口腔内ケア). */
        public Builder programNeededOralCare(NeedFlag value) {
            this.programNeededOralCare = Optional.ofNullable(value);
            return this;
        }

        /** No.52 事業プログラムの要否(閉じこもり予防): Whether a programme is needed (閉じこもり予防). */
        public Builder programNeededWithdrawal(NeedFlag value) {
            this.programNeededWithdrawal = Optional.ofNullable(value);
            return this;
        }

        /** No.53 事業プログラムの要否(物忘れ予防): Whether a programme is needed (物忘れ予防). */
        public Builder programNeededMemory(NeedFlag value) {
            this.programNeededMemory = Optional.ofNullable(value);
            return this;
        }

        /** No.54 事業プログラムの要否(うつ予防): Whether a programme is needed (うつ予防). */
        public Builder programNeededDepression(NeedFlag value) {
            this.programNeededDepression = Optional.ofNullable(value);
            return this;
        }

        /** No.55 地域包括支援センター意見: Opinion of the 地域包括支援センター (in the 委託 case, the centre's check of the office's plan). */
        public Builder centerOpinion(String value) {
            this.centerOpinion = value;
            return this;
        }

        /** No.56 同意日: Date of consent. */
        public Builder consentDate(LocalDate value) {
            this.consentDate = Optional.ofNullable(value);
            return this;
        }

        /** No.57 同意者氏名: Name of the person who consented. */
        public Builder consenterName(String value) {
            this.consenterName = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public PreventionPlanRecord build() {
            return new PreventionPlanRecord(csvVersion, insurerNumber, insuredNumber, planCreatedDate, planType, entrusted, referenceNumber, userName, certificationDate, certValidFrom, certValidTo, planCategory, certificationStatus, supportLevel, centerStaffName, careManagerName, authorOfficeName, authorOfficeAddress, authorOfficePhone, firstCreatedDate, responsibleCenter, targetLifeDay, targetLifeYear, mobilityCurrentStatus, mobilityIntention, mobilityIssueExists, mobilityIssueBackground, dailyLifeCurrentStatus, dailyLifeIntention, dailyLifeIssueExists, dailyLifeIssueBackground, socialParticipationCurrentStatus, socialParticipationIntention, socialParticipationIssueExists, socialParticipationIssueBackground, healthManagementCurrentStatus, healthManagementIntention, healthManagementIssueExists, healthManagementIssueBackground, healthNotes, appropriateSupportPolicy, overallPolicy, checklistCountExercise, checklistCountNutrition, checklistCountOralCare, checklistCountWithdrawal, checklistCountMemory, checklistCountDepression, programNeededExercise, programNeededNutrition, programNeededOralCare, programNeededWithdrawal, programNeededMemory, programNeededDepression, centerOpinion, consentDate, consenterName);
        }
    }
}
