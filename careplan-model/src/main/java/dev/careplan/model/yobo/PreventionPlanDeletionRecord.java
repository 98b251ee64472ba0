package dev.careplan.model.yobo;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 介護予防サービス・支援計画書_削除 ({@code DLTYOBO}, 4 fields): withdraws a 介護予防サービス・支援計画書 and its 別表 (DEL-004).
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param planCreatedDate No.4 計画作成(変更)日: 計画作成(変更)日 of the plan to delete (with its 別表).
 */
public record PreventionPlanDeletionRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "計画作成(変更)日")
        LocalDate planCreatedDate) implements PreventionRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public PreventionPlanDeletionRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(planCreatedDate, "planCreatedDate (計画作成(変更)日) is required");
    }

    @Override
    public PreventionKey key() {
        return new PreventionKey(insurerNumber, insuredNumber, planCreatedDate);
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "PreventionPlanDeletionRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PreventionPlanDeletionRecord} field by field. */
    public static final class Builder {
        private CsvVersion csvVersion;
        private InsurerNumber insurerNumber;
        private InsuredNumber insuredNumber;
        private LocalDate planCreatedDate;

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

        /** No.4 計画作成(変更)日: 計画作成(変更)日 of the plan to delete (with its 別表). */
        public Builder planCreatedDate(LocalDate value) {
            this.planCreatedDate = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public PreventionPlanDeletionRecord build() {
            return new PreventionPlanDeletionRecord(csvVersion, insurerNumber, insuredNumber, planCreatedDate);
        }
    }
}
