package dev.careplan.model.yobo;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 利用者基本情報（別表1）１日の生活・すごし方 (daily timetable) ({@code UPKIHON_SUB1}, 7 fields): one time slot of the user's day; several per 利用者基本情報 record.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param consultationDate No.4 相談日: 相談日 of the linked 利用者基本情報.
 * @param time No.5 時間: Time of the slot as written, e.g. {@code 6:00}: free text in the layout, so not parsed.
 * @param userActivity No.6 本人の生活状況: What the user does.
 * @param caregiverActivity No.7 介護者・家族の生活状況: What the carer or family does.
 */
public record DailyScheduleRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "相談日")
        LocalDate consultationDate,
        @LayoutField(no = 5, ja = "時間")
        String time,
        @LayoutField(no = 6, ja = "本人の生活状況")
        String userActivity,
        @LayoutField(no = 7, ja = "介護者・家族の生活状況")
        String caregiverActivity) implements PreventionRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public DailyScheduleRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(consultationDate, "consultationDate (相談日) is required");
        Objects.requireNonNull(time, "time (時間) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(userActivity, "userActivity (本人の生活状況) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(caregiverActivity, "caregiverActivity (介護者・家族の生活状況) must not be null; use \"\" for an empty field");
    }

    @Override
    public PreventionKey key() {
        return new PreventionKey(insurerNumber, insuredNumber, consultationDate);
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "DailyScheduleRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DailyScheduleRecord} field by field. */
    public static final class Builder {
        private CsvVersion csvVersion;
        private InsurerNumber insurerNumber;
        private InsuredNumber insuredNumber;
        private LocalDate consultationDate;
        private String time = "";
        private String userActivity = "";
        private String caregiverActivity = "";

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

        /** No.5 時間: Time of the slot as written, e.g. {@code 6:00}: free text in the layout, so not parsed. */
        public Builder time(String value) {
            this.time = value;
            return this;
        }

        /** No.6 本人の生活状況: What the user does. */
        public Builder userActivity(String value) {
            this.userActivity = value;
            return this;
        }

        /** No.7 介護者・家族の生活状況: What the carer or family does. */
        public Builder caregiverActivity(String value) {
            this.caregiverActivity = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public DailyScheduleRecord build() {
            return new DailyScheduleRecord(csvVersion, insurerNumber, insuredNumber, consultationDate, time, userActivity, caregiverActivity);
        }
    }
}
