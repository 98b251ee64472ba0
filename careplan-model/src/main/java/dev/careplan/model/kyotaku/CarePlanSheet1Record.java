package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.code.CareLevel;
import dev.careplan.model.code.CertificationStatus;
import dev.careplan.model.code.LivingSupportReason;
import dev.careplan.model.code.PlanCategory;
import dev.careplan.model.validation.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 居宅サービス計画書（1） ({@code UP1KYO}, 28 fields): one user's care plan sheet 1, keyed by 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param createdDate No.4 作成年月日: Date the 第1表 was drawn up.
 * @param userPostalCode No.5 利用者郵便番号: User's postal code.
 * @param userAddress1 No.6 利用者住所１: User's address, first line.
 * @param userAddress2 No.7 利用者住所２: User's address, second line.
 * @param planAuthorName No.8 居宅サービス計画作成者（氏名）: Care manager who made the plan.
 * @param careOfficeName No.9 介護支援事業者名: Name of the care-management office.
 * @param careOfficePostalCode No.10 介護支援事業者郵便番号: Office postal code.
 * @param careOfficeAddress1 No.11 介護支援事業者住所１: Office address, first line.
 * @param careOfficeAddress2 No.12 介護支援事業者住所２: Office address, second line.
 * @param careOfficeNumber No.13 介護支援事業者コード: Office number of the care-management office.
 * @param planCreatedDate No.14 居宅サービス計画作成（変更）日: Plan date: the key that 第2表, 第3表 and 補足 point to.
 * @param firstPlanCreatedDate No.15 初回居宅サービス計画作成日: Date of the first plan.
 * @param planCategory No.16 計画書区分: Plan category.
 * @param certificationStatus No.17 認定状況区分: Certification status.
 * @param certificationDate No.18 認定日: Date of certification.
 * @param certValidFrom No.19 認定有効期間開始日: Start of the certification period.
 * @param certValidTo No.20 認定有効期間終了日: End of the certification period.
 * @param careLevel No.21 要介護状態区分: Care level.
 * @param intentionAndAssessmentResult No.22 利用者及び家族の生活に対する意向を踏まえた課題分析の結果: Result of the needs assessment in the light of the wishes of user and family.
 * @param certificationBoardOpinion No.23 介護認定審査会の意見及びサービスの種類の指定: Opinion of the certification board.
 * @param overallSupportPolicy No.24 総合的な援助の方針: Overall support policy.
 * @param livingSupportReason No.25 生活援助中心型の算定理由: Reason for living-support-centred home help.
 * @param livingSupportOtherReason No.26 その他理由: Text for reason 3 (その他).
 * @param updaterOfficeNumber No.27 更新業者コード: Office that last updated the record.
 * @param identifier No.28 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning.
 */
public record CarePlanSheet1Record(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "作成年月日")
        LocalDate createdDate,
        @LayoutField(no = 5, ja = "利用者郵便番号")
        Optional<@Pattern(regexp = "[0-9]{3}-[0-9]{4}", message = "{careplan.postal}", payload = Rule.FldPostal.class) String> userPostalCode,
        @LayoutField(no = 6, ja = "利用者住所１")
        String userAddress1,
        @LayoutField(no = 7, ja = "利用者住所２")
        String userAddress2,
        @LayoutField(no = 8, ja = "居宅サービス計画作成者（氏名）")
        @NotBlank(message = "{careplan.required}", payload = Rule.FldReq.class)
        String planAuthorName,
        @LayoutField(no = 9, ja = "介護支援事業者名")
        @NotBlank(message = "{careplan.required}", payload = Rule.FldReq.class)
        String careOfficeName,
        @LayoutField(no = 10, ja = "介護支援事業者郵便番号")
        Optional<@Pattern(regexp = "[0-9]{3}-[0-9]{4}", message = "{careplan.postal}", payload = Rule.FldPostal.class) String> careOfficePostalCode,
        @LayoutField(no = 11, ja = "介護支援事業者住所１")
        String careOfficeAddress1,
        @LayoutField(no = 12, ja = "介護支援事業者住所２")
        String careOfficeAddress2,
        @LayoutField(no = 13, ja = "介護支援事業者コード")
        OfficeNumber careOfficeNumber,
        @LayoutField(no = 14, ja = "居宅サービス計画作成（変更）日")
        LocalDate planCreatedDate,
        @LayoutField(no = 15, ja = "初回居宅サービス計画作成日")
        LocalDate firstPlanCreatedDate,
        @LayoutField(no = 16, ja = "計画書区分")
        Optional<PlanCategory> planCategory,
        @LayoutField(no = 17, ja = "認定状況区分")
        Optional<CertificationStatus> certificationStatus,
        @LayoutField(no = 18, ja = "認定日")
        Optional<LocalDate> certificationDate,
        @LayoutField(no = 19, ja = "認定有効期間開始日")
        Optional<LocalDate> certValidFrom,
        @LayoutField(no = 20, ja = "認定有効期間終了日")
        Optional<LocalDate> certValidTo,
        @LayoutField(no = 21, ja = "要介護状態区分")
        Optional<CareLevel> careLevel,
        @LayoutField(no = 22, ja = "利用者及び家族の生活に対する意向を踏まえた課題分析の結果")
        String intentionAndAssessmentResult,
        @LayoutField(no = 23, ja = "介護認定審査会の意見及びサービスの種類の指定")
        String certificationBoardOpinion,
        @LayoutField(no = 24, ja = "総合的な援助の方針")
        String overallSupportPolicy,
        @LayoutField(no = 25, ja = "生活援助中心型の算定理由")
        Optional<LivingSupportReason> livingSupportReason,
        @LayoutField(no = 26, ja = "その他理由")
        String livingSupportOtherReason,
        @LayoutField(no = 27, ja = "更新業者コード")
        Optional<OfficeNumber> updaterOfficeNumber,
        @LayoutField(no = 28, ja = "識別子")
        @Size(max = 0, message = "{careplan.unused}", payload = {Rule.FldUnused.class, Rule.Warning.class})
        String identifier) implements CareplanRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public CarePlanSheet1Record {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(createdDate, "createdDate (作成年月日) is required");
        Objects.requireNonNull(userPostalCode, "userPostalCode (利用者郵便番号) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(userAddress1, "userAddress1 (利用者住所１) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(userAddress2, "userAddress2 (利用者住所２) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(planAuthorName, "planAuthorName (居宅サービス計画作成者（氏名）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(careOfficeName, "careOfficeName (介護支援事業者名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(careOfficePostalCode, "careOfficePostalCode (介護支援事業者郵便番号) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(careOfficeAddress1, "careOfficeAddress1 (介護支援事業者住所１) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(careOfficeAddress2, "careOfficeAddress2 (介護支援事業者住所２) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(careOfficeNumber, "careOfficeNumber (介護支援事業者コード) is required");
        Objects.requireNonNull(planCreatedDate, "planCreatedDate (居宅サービス計画作成（変更）日) is required");
        Objects.requireNonNull(firstPlanCreatedDate, "firstPlanCreatedDate (初回居宅サービス計画作成日) is required");
        Objects.requireNonNull(planCategory, "planCategory (計画書区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certificationStatus, "certificationStatus (認定状況区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certificationDate, "certificationDate (認定日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certValidFrom, "certValidFrom (認定有効期間開始日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certValidTo, "certValidTo (認定有効期間終了日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(careLevel, "careLevel (要介護状態区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(intentionAndAssessmentResult, "intentionAndAssessmentResult (利用者及び家族の生活に対する意向を踏まえた課題分析の結果) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(certificationBoardOpinion, "certificationBoardOpinion (介護認定審査会の意見及びサービスの種類の指定) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(overallSupportPolicy, "overallSupportPolicy (総合的な援助の方針) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(livingSupportReason, "livingSupportReason (生活援助中心型の算定理由) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(livingSupportOtherReason, "livingSupportOtherReason (その他理由) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(updaterOfficeNumber, "updaterOfficeNumber (更新業者コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(identifier, "identifier (識別子) must not be null; use \"\" for an empty field");
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "CarePlanSheet1Record[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CarePlanSheet1Record} field by field. */
    public static final class Builder extends RowBuilder<Builder> {
        private LocalDate createdDate;
        private Optional<@Pattern(regexp = "[0-9]{3}-[0-9]{4}", message = "{careplan.postal}", payload = Rule.FldPostal.class) String> userPostalCode = Optional.empty();
        private String userAddress1 = "";
        private String userAddress2 = "";
        private String planAuthorName = "";
        private String careOfficeName = "";
        private Optional<@Pattern(regexp = "[0-9]{3}-[0-9]{4}", message = "{careplan.postal}", payload = Rule.FldPostal.class) String> careOfficePostalCode = Optional.empty();
        private String careOfficeAddress1 = "";
        private String careOfficeAddress2 = "";
        private OfficeNumber careOfficeNumber;
        private LocalDate planCreatedDate;
        private LocalDate firstPlanCreatedDate;
        private Optional<PlanCategory> planCategory = Optional.empty();
        private Optional<CertificationStatus> certificationStatus = Optional.empty();
        private Optional<LocalDate> certificationDate = Optional.empty();
        private Optional<LocalDate> certValidFrom = Optional.empty();
        private Optional<LocalDate> certValidTo = Optional.empty();
        private Optional<CareLevel> careLevel = Optional.empty();
        private String intentionAndAssessmentResult = "";
        private String certificationBoardOpinion = "";
        private String overallSupportPolicy = "";
        private Optional<LivingSupportReason> livingSupportReason = Optional.empty();
        private String livingSupportOtherReason = "";
        private Optional<OfficeNumber> updaterOfficeNumber = Optional.empty();
        private String identifier = "";

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** No.4 作成年月日: Date the 第1表 was drawn up. */
        public Builder createdDate(LocalDate value) {
            this.createdDate = value;
            return this;
        }

        /** No.5 利用者郵便番号: User's postal code. */
        public Builder userPostalCode(String value) {
            this.userPostalCode = Optional.ofNullable(value);
            return this;
        }

        /** No.6 利用者住所１: User's address, first line. */
        public Builder userAddress1(String value) {
            this.userAddress1 = value;
            return this;
        }

        /** No.7 利用者住所２: User's address, second line. */
        public Builder userAddress2(String value) {
            this.userAddress2 = value;
            return this;
        }

        /** No.8 居宅サービス計画作成者（氏名）: Care manager who made the plan. */
        public Builder planAuthorName(String value) {
            this.planAuthorName = value;
            return this;
        }

        /** No.9 介護支援事業者名: Name of the care-management office. */
        public Builder careOfficeName(String value) {
            this.careOfficeName = value;
            return this;
        }

        /** No.10 介護支援事業者郵便番号: Office postal code. */
        public Builder careOfficePostalCode(String value) {
            this.careOfficePostalCode = Optional.ofNullable(value);
            return this;
        }

        /** No.11 介護支援事業者住所１: Office address, first line. */
        public Builder careOfficeAddress1(String value) {
            this.careOfficeAddress1 = value;
            return this;
        }

        /** No.12 介護支援事業者住所２: Office address, second line. */
        public Builder careOfficeAddress2(String value) {
            this.careOfficeAddress2 = value;
            return this;
        }

        /** No.13 介護支援事業者コード: Office number of the care-management office. */
        public Builder careOfficeNumber(OfficeNumber value) {
            this.careOfficeNumber = value;
            return this;
        }

        /** No.14 居宅サービス計画作成（変更）日: Plan date: the key that 第2表, 第3表 and 補足 point to. */
        public Builder planCreatedDate(LocalDate value) {
            this.planCreatedDate = value;
            return this;
        }

        /** No.15 初回居宅サービス計画作成日: Date of the first plan. */
        public Builder firstPlanCreatedDate(LocalDate value) {
            this.firstPlanCreatedDate = value;
            return this;
        }

        /** No.16 計画書区分: Plan category. */
        public Builder planCategory(PlanCategory value) {
            this.planCategory = Optional.ofNullable(value);
            return this;
        }

        /** No.17 認定状況区分: Certification status. */
        public Builder certificationStatus(CertificationStatus value) {
            this.certificationStatus = Optional.ofNullable(value);
            return this;
        }

        /** No.18 認定日: Date of certification. */
        public Builder certificationDate(LocalDate value) {
            this.certificationDate = Optional.ofNullable(value);
            return this;
        }

        /** No.19 認定有効期間開始日: Start of the certification period. */
        public Builder certValidFrom(LocalDate value) {
            this.certValidFrom = Optional.ofNullable(value);
            return this;
        }

        /** No.20 認定有効期間終了日: End of the certification period. */
        public Builder certValidTo(LocalDate value) {
            this.certValidTo = Optional.ofNullable(value);
            return this;
        }

        /** No.21 要介護状態区分: Care level. */
        public Builder careLevel(CareLevel value) {
            this.careLevel = Optional.ofNullable(value);
            return this;
        }

        /** No.22 利用者及び家族の生活に対する意向を踏まえた課題分析の結果: Result of the needs assessment in the light of the wishes of user and family. */
        public Builder intentionAndAssessmentResult(String value) {
            this.intentionAndAssessmentResult = value;
            return this;
        }

        /** No.23 介護認定審査会の意見及びサービスの種類の指定: Opinion of the certification board. */
        public Builder certificationBoardOpinion(String value) {
            this.certificationBoardOpinion = value;
            return this;
        }

        /** No.24 総合的な援助の方針: Overall support policy. */
        public Builder overallSupportPolicy(String value) {
            this.overallSupportPolicy = value;
            return this;
        }

        /** No.25 生活援助中心型の算定理由: Reason for living-support-centred home help. */
        public Builder livingSupportReason(LivingSupportReason value) {
            this.livingSupportReason = Optional.ofNullable(value);
            return this;
        }

        /** No.26 その他理由: Text for reason 3 (その他). */
        public Builder livingSupportOtherReason(String value) {
            this.livingSupportOtherReason = value;
            return this;
        }

        /** No.27 更新業者コード: Office that last updated the record. */
        public Builder updaterOfficeNumber(OfficeNumber value) {
            this.updaterOfficeNumber = Optional.ofNullable(value);
            return this;
        }

        /** No.28 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning. */
        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public CarePlanSheet1Record build() {
            return new CarePlanSheet1Record(csvVersion, insurerNumber, insuredNumber, createdDate, userPostalCode, userAddress1, userAddress2, planAuthorName, careOfficeName, careOfficePostalCode, careOfficeAddress1, careOfficeAddress2, careOfficeNumber, planCreatedDate, firstPlanCreatedDate, planCategory, certificationStatus, certificationDate, certValidFrom, certValidTo, careLevel, intentionAndAssessmentResult, certificationBoardOpinion, overallSupportPolicy, livingSupportReason, livingSupportOtherReason, updaterOfficeNumber, identifier);
        }
    }
}
