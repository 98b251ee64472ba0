package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.DayOfWeekCode;
import dev.careplan.model.validation.ClockTime;
import dev.careplan.model.validation.EndNotBeforeStart;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 週間サービス計画表 / 居宅サービス計画3表 ({@code UP3KYO}, 13 fields): one row of the weekly plan: a weekly service (No.6–9), a daily activity (No.10–12) or a non-weekly service (No.13).
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param weeklyPlanCreatedDate No.4 週間サービス計画表作成年月日: Creation date of the weekly plan.
 * @param planCreatedDate No.5 居宅サービス計画作成（変更）日: Link to the 第1表 plan date.
 * @param careServiceContent No.6 介護サービス内容: Weekly service (filled on weekly-service rows).
 * @param dayOfWeek No.7 曜日: Day of week of the weekly service.
 * @param serviceStartTime No.8 開始時間: Start of the weekly service.
 * @param serviceEndTime No.9 終了時間: End of the weekly service.
 * @param dailyActivity No.10 主な日常生活上の活動: Daily activity (filled on daily-activity rows).
 * @param activityStartTime No.11 開始時間: Start of the daily activity.
 * @param activityEndTime No.12 終了時間: End of the daily activity.
 * @param nonWeeklyService No.13 週単位以外のサービス: Service not bound to a weekday.
 */
@EndNotBeforeStart
public record WeeklyServicePlanRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "週間サービス計画表作成年月日")
        LocalDate weeklyPlanCreatedDate,
        @LayoutField(no = 5, ja = "居宅サービス計画作成（変更）日")
        LocalDate planCreatedDate,
        @LayoutField(no = 6, ja = "介護サービス内容")
        String careServiceContent,
        @LayoutField(no = 7, ja = "曜日")
        Optional<DayOfWeekCode> dayOfWeek,
        @LayoutField(no = 8, ja = "開始時間")
        Optional<@ClockTime ServiceTime> serviceStartTime,
        @LayoutField(no = 9, ja = "終了時間")
        Optional<@ClockTime ServiceTime> serviceEndTime,
        @LayoutField(no = 10, ja = "主な日常生活上の活動")
        String dailyActivity,
        @LayoutField(no = 11, ja = "開始時間")
        Optional<@ClockTime ServiceTime> activityStartTime,
        @LayoutField(no = 12, ja = "終了時間")
        Optional<@ClockTime ServiceTime> activityEndTime,
        @LayoutField(no = 13, ja = "週単位以外のサービス")
        String nonWeeklyService) implements CareplanRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public WeeklyServicePlanRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(weeklyPlanCreatedDate, "weeklyPlanCreatedDate (週間サービス計画表作成年月日) is required");
        Objects.requireNonNull(planCreatedDate, "planCreatedDate (居宅サービス計画作成（変更）日) is required");
        Objects.requireNonNull(careServiceContent, "careServiceContent (介護サービス内容) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(dayOfWeek, "dayOfWeek (曜日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceStartTime, "serviceStartTime (開始時間) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceEndTime, "serviceEndTime (終了時間) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(dailyActivity, "dailyActivity (主な日常生活上の活動) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(activityStartTime, "activityStartTime (開始時間) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(activityEndTime, "activityEndTime (終了時間) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(nonWeeklyService, "nonWeeklyService (週単位以外のサービス) must not be null; use \"\" for an empty field");
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "WeeklyServicePlanRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WeeklyServicePlanRecord} field by field. */
    public static final class Builder extends RowBuilder<Builder> {
        private LocalDate weeklyPlanCreatedDate;
        private LocalDate planCreatedDate;
        private String careServiceContent = "";
        private Optional<DayOfWeekCode> dayOfWeek = Optional.empty();
        private Optional<@ClockTime ServiceTime> serviceStartTime = Optional.empty();
        private Optional<@ClockTime ServiceTime> serviceEndTime = Optional.empty();
        private String dailyActivity = "";
        private Optional<@ClockTime ServiceTime> activityStartTime = Optional.empty();
        private Optional<@ClockTime ServiceTime> activityEndTime = Optional.empty();
        private String nonWeeklyService = "";

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** No.4 週間サービス計画表作成年月日: Creation date of the weekly plan. */
        public Builder weeklyPlanCreatedDate(LocalDate value) {
            this.weeklyPlanCreatedDate = value;
            return this;
        }

        /** No.5 居宅サービス計画作成（変更）日: Link to the 第1表 plan date. */
        public Builder planCreatedDate(LocalDate value) {
            this.planCreatedDate = value;
            return this;
        }

        /** No.6 介護サービス内容: Weekly service (filled on weekly-service rows). */
        public Builder careServiceContent(String value) {
            this.careServiceContent = value;
            return this;
        }

        /** No.7 曜日: Day of week of the weekly service. */
        public Builder dayOfWeek(DayOfWeekCode value) {
            this.dayOfWeek = Optional.ofNullable(value);
            return this;
        }

        /** No.8 開始時間: Start of the weekly service. */
        public Builder serviceStartTime(ServiceTime value) {
            this.serviceStartTime = Optional.ofNullable(value);
            return this;
        }

        /** No.9 終了時間: End of the weekly service. */
        public Builder serviceEndTime(ServiceTime value) {
            this.serviceEndTime = Optional.ofNullable(value);
            return this;
        }

        /** No.10 主な日常生活上の活動: Daily activity (filled on daily-activity rows). */
        public Builder dailyActivity(String value) {
            this.dailyActivity = value;
            return this;
        }

        /** No.11 開始時間: Start of the daily activity. */
        public Builder activityStartTime(ServiceTime value) {
            this.activityStartTime = Optional.ofNullable(value);
            return this;
        }

        /** No.12 終了時間: End of the daily activity. */
        public Builder activityEndTime(ServiceTime value) {
            this.activityEndTime = Optional.ofNullable(value);
            return this;
        }

        /** No.13 週単位以外のサービス: Service not bound to a weekday. */
        public Builder nonWeeklyService(String value) {
            this.nonWeeklyService = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public WeeklyServicePlanRecord build() {
            return new WeeklyServicePlanRecord(csvVersion, insurerNumber, insuredNumber, weeklyPlanCreatedDate, planCreatedDate, careServiceContent, dayOfWeek, serviceStartTime, serviceEndTime, dailyActivity, activityStartTime, activityEndTime, nonWeeklyService);
        }
    }
}
