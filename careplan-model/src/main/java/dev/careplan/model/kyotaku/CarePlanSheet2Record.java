package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.code.InsuranceCovered;
import dev.careplan.model.validation.Rule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 居宅サービス計画書（2） ({@code UP2KYO}, 22 fields): one printed row of care plan sheet 2 (need, goals, service content). Rows sort by 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ into print order; repeated need/goal text may be left empty on following rows.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param documentCreatedDate No.4 居宅計画書作成年月日: Creation date printed on the 第2表.
 * @param planCreatedDate No.5 居宅サービス計画作成（変更）日: Link to the 第1表 plan date.
 * @param issueNo No.6 課題ＮＯ: Number of the need (1–99).
 * @param issue No.7 課題: The need (生活全般の解決すべき課題).
 * @param goalNo No.8 援助目標ＮＯ: Number of the goal within the need (1–99).
 * @param longTermGoal No.9 長期目標: Long-term goal.
 * @param shortTermGoal No.10 短期目標: Short-term goal.
 * @param longTermGoalPeriod No.11 長期期間: Period of the long-term goal.
 * @param shortTermGoalPeriod No.12 短期期間: Period of the short-term goal.
 * @param supportContentNo No.13 援助内容ＮＯ: Number of the content within the goal (1–99).
 * @param serviceContent No.14 サービス内容: Service content.
 * @param insuranceCovered No.15 保険対象区分: Whether the service is an insurance benefit (form column ※1).
 * @param serviceType No.16 サービス種別: Type of service, free text (form column ※2).
 * @param serviceOfficeNumber No.17 サービス事業者コード: Provider office; may be empty for non-insurance services.
 * @param serviceOfficeName No.18 サービス事業所名: Provider name.
 * @param frequency No.19 頻度: Frequency.
 * @param period No.20 実施期間: Period.
 * @param updaterOfficeNumber No.21 更新業者コード: Office that last updated the record.
 * @param identifier No.22 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning.
 */
public record CarePlanSheet2Record(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "居宅計画書作成年月日")
        LocalDate documentCreatedDate,
        @LayoutField(no = 5, ja = "居宅サービス計画作成（変更）日")
        LocalDate planCreatedDate,
        @LayoutField(no = 6, ja = "課題ＮＯ")
        Optional<@Min(value = 1, message = "{careplan.range}", payload = Rule.FldRange.class) @Max(value = 99, message = "{careplan.range}", payload = Rule.FldRange.class) Integer> issueNo,
        @LayoutField(no = 7, ja = "課題")
        String issue,
        @LayoutField(no = 8, ja = "援助目標ＮＯ")
        Optional<@Min(value = 1, message = "{careplan.range}", payload = Rule.FldRange.class) @Max(value = 99, message = "{careplan.range}", payload = Rule.FldRange.class) Integer> goalNo,
        @LayoutField(no = 9, ja = "長期目標")
        String longTermGoal,
        @LayoutField(no = 10, ja = "短期目標")
        String shortTermGoal,
        @LayoutField(no = 11, ja = "長期期間")
        String longTermGoalPeriod,
        @LayoutField(no = 12, ja = "短期期間")
        String shortTermGoalPeriod,
        @LayoutField(no = 13, ja = "援助内容ＮＯ")
        Optional<@Min(value = 1, message = "{careplan.range}", payload = Rule.FldRange.class) @Max(value = 99, message = "{careplan.range}", payload = Rule.FldRange.class) Integer> supportContentNo,
        @LayoutField(no = 14, ja = "サービス内容")
        String serviceContent,
        @LayoutField(no = 15, ja = "保険対象区分")
        Optional<InsuranceCovered> insuranceCovered,
        @LayoutField(no = 16, ja = "サービス種別")
        String serviceType,
        @LayoutField(no = 17, ja = "サービス事業者コード")
        Optional<OfficeNumber> serviceOfficeNumber,
        @LayoutField(no = 18, ja = "サービス事業所名")
        String serviceOfficeName,
        @LayoutField(no = 19, ja = "頻度")
        String frequency,
        @LayoutField(no = 20, ja = "実施期間")
        String period,
        @LayoutField(no = 21, ja = "更新業者コード")
        Optional<OfficeNumber> updaterOfficeNumber,
        @LayoutField(no = 22, ja = "識別子")
        @Size(max = 0, message = "{careplan.unused}", payload = {Rule.FldUnused.class, Rule.Warning.class})
        String identifier) implements CareplanRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public CarePlanSheet2Record {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(documentCreatedDate, "documentCreatedDate (居宅計画書作成年月日) is required");
        Objects.requireNonNull(planCreatedDate, "planCreatedDate (居宅サービス計画作成（変更）日) is required");
        Objects.requireNonNull(issueNo, "issueNo (課題ＮＯ) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(issue, "issue (課題) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(goalNo, "goalNo (援助目標ＮＯ) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(longTermGoal, "longTermGoal (長期目標) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(shortTermGoal, "shortTermGoal (短期目標) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(longTermGoalPeriod, "longTermGoalPeriod (長期期間) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(shortTermGoalPeriod, "shortTermGoalPeriod (短期期間) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(supportContentNo, "supportContentNo (援助内容ＮＯ) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceContent, "serviceContent (サービス内容) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(insuranceCovered, "insuranceCovered (保険対象区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceType, "serviceType (サービス種別) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(serviceOfficeNumber, "serviceOfficeNumber (サービス事業者コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceOfficeName, "serviceOfficeName (サービス事業所名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(frequency, "frequency (頻度) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(period, "period (実施期間) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(updaterOfficeNumber, "updaterOfficeNumber (更新業者コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(identifier, "identifier (識別子) must not be null; use \"\" for an empty field");
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "CarePlanSheet2Record[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CarePlanSheet2Record} field by field. */
    public static final class Builder extends RowBuilder<Builder> {
        private LocalDate documentCreatedDate;
        private LocalDate planCreatedDate;
        private Optional<@Min(value = 1, message = "{careplan.range}", payload = Rule.FldRange.class) @Max(value = 99, message = "{careplan.range}", payload = Rule.FldRange.class) Integer> issueNo = Optional.empty();
        private String issue = "";
        private Optional<@Min(value = 1, message = "{careplan.range}", payload = Rule.FldRange.class) @Max(value = 99, message = "{careplan.range}", payload = Rule.FldRange.class) Integer> goalNo = Optional.empty();
        private String longTermGoal = "";
        private String shortTermGoal = "";
        private String longTermGoalPeriod = "";
        private String shortTermGoalPeriod = "";
        private Optional<@Min(value = 1, message = "{careplan.range}", payload = Rule.FldRange.class) @Max(value = 99, message = "{careplan.range}", payload = Rule.FldRange.class) Integer> supportContentNo = Optional.empty();
        private String serviceContent = "";
        private Optional<InsuranceCovered> insuranceCovered = Optional.empty();
        private String serviceType = "";
        private Optional<OfficeNumber> serviceOfficeNumber = Optional.empty();
        private String serviceOfficeName = "";
        private String frequency = "";
        private String period = "";
        private Optional<OfficeNumber> updaterOfficeNumber = Optional.empty();
        private String identifier = "";

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** No.4 居宅計画書作成年月日: Creation date printed on the 第2表. */
        public Builder documentCreatedDate(LocalDate value) {
            this.documentCreatedDate = value;
            return this;
        }

        /** No.5 居宅サービス計画作成（変更）日: Link to the 第1表 plan date. */
        public Builder planCreatedDate(LocalDate value) {
            this.planCreatedDate = value;
            return this;
        }

        /** No.6 課題ＮＯ: Number of the need (1–99). */
        public Builder issueNo(Integer value) {
            this.issueNo = Optional.ofNullable(value);
            return this;
        }

        /** No.7 課題: The need (生活全般の解決すべき課題). */
        public Builder issue(String value) {
            this.issue = value;
            return this;
        }

        /** No.8 援助目標ＮＯ: Number of the goal within the need (1–99). */
        public Builder goalNo(Integer value) {
            this.goalNo = Optional.ofNullable(value);
            return this;
        }

        /** No.9 長期目標: Long-term goal. */
        public Builder longTermGoal(String value) {
            this.longTermGoal = value;
            return this;
        }

        /** No.10 短期目標: Short-term goal. */
        public Builder shortTermGoal(String value) {
            this.shortTermGoal = value;
            return this;
        }

        /** No.11 長期期間: Period of the long-term goal. */
        public Builder longTermGoalPeriod(String value) {
            this.longTermGoalPeriod = value;
            return this;
        }

        /** No.12 短期期間: Period of the short-term goal. */
        public Builder shortTermGoalPeriod(String value) {
            this.shortTermGoalPeriod = value;
            return this;
        }

        /** No.13 援助内容ＮＯ: Number of the content within the goal (1–99). */
        public Builder supportContentNo(Integer value) {
            this.supportContentNo = Optional.ofNullable(value);
            return this;
        }

        /** No.14 サービス内容: Service content. */
        public Builder serviceContent(String value) {
            this.serviceContent = value;
            return this;
        }

        /** No.15 保険対象区分: Whether the service is an insurance benefit (form column ※1). */
        public Builder insuranceCovered(InsuranceCovered value) {
            this.insuranceCovered = Optional.ofNullable(value);
            return this;
        }

        /** No.16 サービス種別: Type of service, free text (form column ※2). */
        public Builder serviceType(String value) {
            this.serviceType = value;
            return this;
        }

        /** No.17 サービス事業者コード: Provider office; may be empty for non-insurance services. */
        public Builder serviceOfficeNumber(OfficeNumber value) {
            this.serviceOfficeNumber = Optional.ofNullable(value);
            return this;
        }

        /** No.18 サービス事業所名: Provider name. */
        public Builder serviceOfficeName(String value) {
            this.serviceOfficeName = value;
            return this;
        }

        /** No.19 頻度: Frequency. */
        public Builder frequency(String value) {
            this.frequency = value;
            return this;
        }

        /** No.20 実施期間: Period. */
        public Builder period(String value) {
            this.period = value;
            return this;
        }

        /** No.21 更新業者コード: Office that last updated the record. */
        public Builder updaterOfficeNumber(OfficeNumber value) {
            this.updaterOfficeNumber = Optional.ofNullable(value);
            return this;
        }

        /** No.22 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning. */
        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public CarePlanSheet2Record build() {
            return new CarePlanSheet2Record(csvVersion, insurerNumber, insuredNumber, documentCreatedDate, planCreatedDate, issueNo, issue, goalNo, longTermGoal, shortTermGoal, longTermGoalPeriod, shortTermGoalPeriod, supportContentNo, serviceContent, insuranceCovered, serviceType, serviceOfficeNumber, serviceOfficeName, frequency, period, updaterOfficeNumber, identifier);
        }
    }
}
