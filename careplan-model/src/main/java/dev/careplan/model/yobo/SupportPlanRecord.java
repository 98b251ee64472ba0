package dev.careplan.model.yobo;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.validation.Rule;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 介護予防サービス・支援計画書（別表）支援計画 (support plan rows) ({@code UPYOBO_SUB}, 17 fields): one row of the flattened issue → support plan → service hierarchy; descriptive fields are filled on the first row of their issue or support plan only, and left empty (not repeated) after it.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param planCreatedDate No.4 計画作成(変更)日: 計画作成(変更)日 of the linked plan.
 * @param issueNo No.5 課題ＮＯ: Running number of the overall issue; repeated on every row of the issue. Printed as free text (AMBIGUOUS): kept as text as written, checked as a 1–2 digit number with a warning only (FLD-YOBONO).
 * @param overallIssue No.6 総合的課題: Overall issue; on the issue's first row only.
 * @param goalProposal No.7 課題に対する目標と具体策の提案: Proposed goal and measures; on the issue's first row only.
 * @param userFamilyIntention No.8 具体策についての意向本人・家族: Wishes of user and family about the measures; first row of the issue only.
 * @param goal No.9 目標: Goal; first row of the issue only.
 * @param supportPlanNo No.10 支援計画ＮＯ: Running number of the support plan within the issue. Printed as free text (AMBIGUOUS): kept as text as written, checked as a 1–2 digit number with a warning only (FLD-YOBONO).
 * @param supportPoint No.11 【支援計画】目標についての支援のポイント: Key points of support; first row of the support plan only.
 * @param selfCareAndInformalSupport No.12 【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）: Self-care, family support and informal services; first row of the support plan only.
 * @param formalServices No.13 【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）: Insurance or community-support services; first row of the support plan only.
 * @param serviceNo No.14 利用サービスＮＯ: Running number of the service within the support plan. Printed as free text (AMBIGUOUS): kept as text as written, checked as a 1–2 digit number with a warning only (FLD-YOBONO).
 * @param serviceType No.15 【利用サービス】サービス種別: Kind of service, as text.
 * @param serviceProvider No.16 【利用サービス】事業所(利用先): Provider (where the service is used), as text.
 * @param servicePeriod No.17 【利用サービス】期間: Period of the service, as text.
 */
public record SupportPlanRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "計画作成(変更)日")
        LocalDate planCreatedDate,
        @LayoutField(no = 5, ja = "課題ＮＯ")
        @Pattern(regexp = "([0-9]{1,2})?", message = "{careplan.yoboNo}", payload = {Rule.FldYobono.class, Rule.Warning.class})
        String issueNo,
        @LayoutField(no = 6, ja = "総合的課題")
        String overallIssue,
        @LayoutField(no = 7, ja = "課題に対する目標と具体策の提案")
        String goalProposal,
        @LayoutField(no = 8, ja = "具体策についての意向本人・家族")
        String userFamilyIntention,
        @LayoutField(no = 9, ja = "目標")
        String goal,
        @LayoutField(no = 10, ja = "支援計画ＮＯ")
        @Pattern(regexp = "([0-9]{1,2})?", message = "{careplan.yoboNo}", payload = {Rule.FldYobono.class, Rule.Warning.class})
        String supportPlanNo,
        @LayoutField(no = 11, ja = "【支援計画】目標についての支援のポイント")
        String supportPoint,
        @LayoutField(no = 12, ja = "【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）")
        String selfCareAndInformalSupport,
        @LayoutField(no = 13, ja = "【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）")
        String formalServices,
        @LayoutField(no = 14, ja = "利用サービスＮＯ")
        @Pattern(regexp = "([0-9]{1,2})?", message = "{careplan.yoboNo}", payload = {Rule.FldYobono.class, Rule.Warning.class})
        String serviceNo,
        @LayoutField(no = 15, ja = "【利用サービス】サービス種別")
        String serviceType,
        @LayoutField(no = 16, ja = "【利用サービス】事業所(利用先)")
        String serviceProvider,
        @LayoutField(no = 17, ja = "【利用サービス】期間")
        String servicePeriod) implements PreventionRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public SupportPlanRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(planCreatedDate, "planCreatedDate (計画作成(変更)日) is required");
        Objects.requireNonNull(issueNo, "issueNo (課題ＮＯ) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(overallIssue, "overallIssue (総合的課題) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(goalProposal, "goalProposal (課題に対する目標と具体策の提案) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(userFamilyIntention, "userFamilyIntention (具体策についての意向本人・家族) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(goal, "goal (目標) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(supportPlanNo, "supportPlanNo (支援計画ＮＯ) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(supportPoint, "supportPoint (【支援計画】目標についての支援のポイント) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(selfCareAndInformalSupport, "selfCareAndInformalSupport (【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(formalServices, "formalServices (【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(serviceNo, "serviceNo (利用サービスＮＯ) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(serviceType, "serviceType (【利用サービス】サービス種別) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(serviceProvider, "serviceProvider (【利用サービス】事業所(利用先)) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(servicePeriod, "servicePeriod (【利用サービス】期間) must not be null; use \"\" for an empty field");
    }

    @Override
    public PreventionKey key() {
        return new PreventionKey(insurerNumber, insuredNumber, planCreatedDate);
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "SupportPlanRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SupportPlanRecord} field by field. */
    public static final class Builder {
        private CsvVersion csvVersion;
        private InsurerNumber insurerNumber;
        private InsuredNumber insuredNumber;
        private LocalDate planCreatedDate;
        private String issueNo = "";
        private String overallIssue = "";
        private String goalProposal = "";
        private String userFamilyIntention = "";
        private String goal = "";
        private String supportPlanNo = "";
        private String supportPoint = "";
        private String selfCareAndInformalSupport = "";
        private String formalServices = "";
        private String serviceNo = "";
        private String serviceType = "";
        private String serviceProvider = "";
        private String servicePeriod = "";

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

        /** No.4 計画作成(変更)日: 計画作成(変更)日 of the linked plan. */
        public Builder planCreatedDate(LocalDate value) {
            this.planCreatedDate = value;
            return this;
        }

        /** No.5 課題ＮＯ: Running number of the overall issue; repeated on every row of the issue. Printed as free text (AMBIGUOUS): kept as text as written, checked as a 1–2 digit number with a warning only (FLD-YOBONO). */
        public Builder issueNo(String value) {
            this.issueNo = value;
            return this;
        }

        /** No.6 総合的課題: Overall issue; on the issue's first row only. */
        public Builder overallIssue(String value) {
            this.overallIssue = value;
            return this;
        }

        /** No.7 課題に対する目標と具体策の提案: Proposed goal and measures; on the issue's first row only. */
        public Builder goalProposal(String value) {
            this.goalProposal = value;
            return this;
        }

        /** No.8 具体策についての意向本人・家族: Wishes of user and family about the measures; first row of the issue only. */
        public Builder userFamilyIntention(String value) {
            this.userFamilyIntention = value;
            return this;
        }

        /** No.9 目標: Goal; first row of the issue only. */
        public Builder goal(String value) {
            this.goal = value;
            return this;
        }

        /** No.10 支援計画ＮＯ: Running number of the support plan within the issue. Printed as free text (AMBIGUOUS): kept as text as written, checked as a 1–2 digit number with a warning only (FLD-YOBONO). */
        public Builder supportPlanNo(String value) {
            this.supportPlanNo = value;
            return this;
        }

        /** No.11 【支援計画】目標についての支援のポイント: Key points of support; first row of the support plan only. */
        public Builder supportPoint(String value) {
            this.supportPoint = value;
            return this;
        }

        /** No.12 【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）: Self-care, family support and informal services; first row of the support plan only. */
        public Builder selfCareAndInformalSupport(String value) {
            this.selfCareAndInformalSupport = value;
            return this;
        }

        /** No.13 【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）: Insurance or community-support services; first row of the support plan only. */
        public Builder formalServices(String value) {
            this.formalServices = value;
            return this;
        }

        /** No.14 利用サービスＮＯ: Running number of the service within the support plan. Printed as free text (AMBIGUOUS): kept as text as written, checked as a 1–2 digit number with a warning only (FLD-YOBONO). */
        public Builder serviceNo(String value) {
            this.serviceNo = value;
            return this;
        }

        /** No.15 【利用サービス】サービス種別: Kind of service, as text. */
        public Builder serviceType(String value) {
            this.serviceType = value;
            return this;
        }

        /** No.16 【利用サービス】事業所(利用先): Provider (where the service is used), as text. */
        public Builder serviceProvider(String value) {
            this.serviceProvider = value;
            return this;
        }

        /** No.17 【利用サービス】期間: Period of the service, as text. */
        public Builder servicePeriod(String value) {
            this.servicePeriod = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public SupportPlanRecord build() {
            return new SupportPlanRecord(csvVersion, insurerNumber, insuredNumber, planCreatedDate, issueNo, overallIssue, goalProposal, userFamilyIntention, goal, supportPlanNo, supportPoint, selfCareAndInformalSupport, formalServices, serviceNo, serviceType, serviceProvider, servicePeriod);
        }
    }
}
