package dev.careplan.model.yobo;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.code.DiseaseProgress;
import dev.careplan.model.code.PhysicianRole;
import dev.careplan.model.validation.Rule;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 利用者基本情報（別表2）現病歴・既往歴 (medical history) ({@code UPKIHON_SUB2}, 11 fields): one illness; several per 利用者基本情報 record.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param consultationDate No.4 相談日: 相談日 of the linked 利用者基本情報.
 * @param onsetDate No.5 年月日: When the illness began, as written (free text such as {@code R2年4月}, often an era date), so not parsed.
 * @param diseaseName No.6 病名: Name of the illness.
 * @param medicalInstitutionAndDoctor No.7 医療機関・医師名: Medical institution and doctor.
 * @param attendingPhysicianFlag No.8 主治医・意見作成者フラグ: Whether the doctor is the attending physician.
 * @param medicalInstitutionPhone No.9 医療機関・医師電話番号: Phone number of the institution. No format is printed: kept as text, at most 15 characters.
 * @param progress No.10 経過: Course of the illness.
 * @param treatmentDetails No.11 治療中の内容: Details of the treatment.
 */
public record MedicalHistoryRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "相談日")
        LocalDate consultationDate,
        @LayoutField(no = 5, ja = "年月日")
        String onsetDate,
        @LayoutField(no = 6, ja = "病名")
        String diseaseName,
        @LayoutField(no = 7, ja = "医療機関・医師名")
        String medicalInstitutionAndDoctor,
        @LayoutField(no = 8, ja = "主治医・意見作成者フラグ")
        Optional<PhysicianRole> attendingPhysicianFlag,
        @LayoutField(no = 9, ja = "医療機関・医師電話番号")
        @Size(max = 15, message = "{careplan.length}", payload = Rule.FldLen.class)
        String medicalInstitutionPhone,
        @LayoutField(no = 10, ja = "経過")
        Optional<DiseaseProgress> progress,
        @LayoutField(no = 11, ja = "治療中の内容")
        String treatmentDetails) implements PreventionRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public MedicalHistoryRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(consultationDate, "consultationDate (相談日) is required");
        Objects.requireNonNull(onsetDate, "onsetDate (年月日) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(diseaseName, "diseaseName (病名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(medicalInstitutionAndDoctor, "medicalInstitutionAndDoctor (医療機関・医師名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(attendingPhysicianFlag, "attendingPhysicianFlag (主治医・意見作成者フラグ) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(medicalInstitutionPhone, "medicalInstitutionPhone (医療機関・医師電話番号) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(progress, "progress (経過) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(treatmentDetails, "treatmentDetails (治療中の内容) must not be null; use \"\" for an empty field");
    }

    @Override
    public PreventionKey key() {
        return new PreventionKey(insurerNumber, insuredNumber, consultationDate);
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "MedicalHistoryRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MedicalHistoryRecord} field by field. */
    public static final class Builder {
        private CsvVersion csvVersion;
        private InsurerNumber insurerNumber;
        private InsuredNumber insuredNumber;
        private LocalDate consultationDate;
        private String onsetDate = "";
        private String diseaseName = "";
        private String medicalInstitutionAndDoctor = "";
        private Optional<PhysicianRole> attendingPhysicianFlag = Optional.empty();
        private String medicalInstitutionPhone = "";
        private Optional<DiseaseProgress> progress = Optional.empty();
        private String treatmentDetails = "";

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

        /** No.4 相談日: 相談日 of the linked 利用者基本情報. */
        public Builder consultationDate(LocalDate value) {
            this.consultationDate = value;
            return this;
        }

        /** No.5 年月日: When the illness began, as written (free text such as {@code R2年4月}, often an era date), so not parsed. */
        public Builder onsetDate(String value) {
            this.onsetDate = value;
            return this;
        }

        /** No.6 病名: Name of the illness. */
        public Builder diseaseName(String value) {
            this.diseaseName = value;
            return this;
        }

        /** No.7 医療機関・医師名: Medical institution and doctor. */
        public Builder medicalInstitutionAndDoctor(String value) {
            this.medicalInstitutionAndDoctor = value;
            return this;
        }

        /** No.8 主治医・意見作成者フラグ: Whether the doctor is the attending physician. */
        public Builder attendingPhysicianFlag(PhysicianRole value) {
            this.attendingPhysicianFlag = Optional.ofNullable(value);
            return this;
        }

        /** No.9 医療機関・医師電話番号: Phone number of the institution. No format is printed: kept as text, at most 15 characters. */
        public Builder medicalInstitutionPhone(String value) {
            this.medicalInstitutionPhone = value;
            return this;
        }

        /** No.10 経過: Course of the illness. */
        public Builder progress(DiseaseProgress value) {
            this.progress = Optional.ofNullable(value);
            return this;
        }

        /** No.11 治療中の内容: Details of the treatment. */
        public Builder treatmentDetails(String value) {
            this.treatmentDetails = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public MedicalHistoryRecord build() {
            return new MedicalHistoryRecord(csvVersion, insurerNumber, insuredNumber, consultationDate, onsetDate, diseaseName, medicalInstitutionAndDoctor, attendingPhysicianFlag, medicalInstitutionPhone, progress, treatmentDetails);
        }
    }
}
