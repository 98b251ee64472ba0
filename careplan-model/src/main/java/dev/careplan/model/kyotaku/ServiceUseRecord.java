package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ProratedDays;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.ServiceTime;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.validation.DetailSeqOnlyForRental;
import dev.careplan.model.validation.EndNotBeforeStart;
import dev.careplan.model.validation.EquipmentCodeRequired;
import dev.careplan.model.validation.KnownServiceKind;
import dev.careplan.model.validation.LinkedServiceKind;
import dev.careplan.model.validation.ProratedDaysInMonth;
import dev.careplan.model.validation.Rule;
import dev.careplan.model.validation.ServiceDateInMonth;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * 第6表 サービス利用票（提供票） row ({@code UPPLAN} planned, {@code UPJSK} actual; 25 fields): one service code on one service date.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param createdDate No.4 作成年月日: Creation date.
 * @param targetYearMonth No.5 対象年月: Service month; equal in all records and to the file-name month.
 * @param planOfficeNumber No.6 プラン担当業者コード: Care-management office in charge of the plan; required (AMBIGUOUS in the source: FLD-REQ in docs/rules.md makes it an error for producers and a warning for consumers; Optional so that a received row without it can still be read).
 * @param planManagerName No.7 プラン担当者名: Care manager in charge; required, AMBIGUOUS in the source (FLD-REQ: error for producers, warning for consumers).
 * @param units No.8 単位数: Units after discount; negative on reduction lines; may be {@code 0} in 実績 when it cannot be computed. Required, AMBIGUOUS in the source (FLD-REQ: error for producers, warning for consumers).
 * @param shortStayDaysBeforeMonth No.9 前月までの短期入所利用日数: Short-stay days up to the previous month.
 * @param serviceDate No.10 サービス利用日: Date of the service (planned or actual).
 * @param proratedDayFlags No.11 日割対象日: Pro-rated days; empty when the service is not pro-rated.
 * @param serviceStartTime No.12 サービス開始時刻: Start time, or {@code 9999} for a service without a time.
 * @param serviceEndTime No.13 サービス終了時刻: End time, or {@code 9999}.
 * @param serviceCount No.14 サービス回数: Number of times on the day.
 * @param serviceCode No.15 サービスコード: Service code; its kind must be in scope.
 * @param taisCode No.16 TAISコード: TAIS code; this or 福祉用具届出コード is required for kinds 17/67. Kept as received (ASCII or full-width dash).
 * @param equipmentNotificationCode No.17 福祉用具届出コード: Notification code for products without TAIS code.
 * @param equipmentName No.18 用具名称（機種名）: Product / model name.
 * @param detailSeqNo No.19 明細判別コード: Numbers otherwise identical 17 福祉用具貸与 lines from 1. No length is printed (AMBIGUOUS): up to 2 digits accepted.
 * @param serviceOfficeNumber No.20 サービス事業者コード: Provider office (planned or actual).
 * @param serviceOfficeName No.21 サービス事業所名: Provider name.
 * @param satelliteBranchNo No.22 サテライト枝番: Satellite branch id; empty when not a satellite.
 * @param over30DaysFlag No.23 ３０日超区分: Over-30-days indicator.
 * @param updaterOfficeNumber No.24 更新業者コード: Office that last updated the record.
 * @param identifier No.25 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning.
 */
@EquipmentCodeRequired
@ServiceDateInMonth
@ProratedDaysInMonth
@DetailSeqOnlyForRental
@EndNotBeforeStart
public record ServiceUseRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "作成年月日")
        LocalDate createdDate,
        @LayoutField(no = 5, ja = "対象年月")
        YearMonth targetYearMonth,
        @LayoutField(no = 6, ja = "プラン担当業者コード")
        @NotNull(message = "{careplan.required}", payload = {Unwrapping.Unwrap.class, Rule.FldReq.class, Rule.Warning.class})
        Optional<OfficeNumber> planOfficeNumber,
        @LayoutField(no = 7, ja = "プラン担当者名")
        @NotBlank(message = "{careplan.required}", payload = {Rule.FldReq.class, Rule.Warning.class})
        String planManagerName,
        @LayoutField(no = 8, ja = "単位数")
        @NotNull(message = "{careplan.required}", payload = {Unwrapping.Unwrap.class, Rule.FldReq.class, Rule.Warning.class})
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) Integer> units,
        @LayoutField(no = 9, ja = "前月までの短期入所利用日数")
        Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> shortStayDaysBeforeMonth,
        @LayoutField(no = 10, ja = "サービス利用日")
        LocalDate serviceDate,
        @LayoutField(no = 11, ja = "日割対象日")
        Optional<ProratedDays> proratedDayFlags,
        @LayoutField(no = 12, ja = "サービス開始時刻")
        ServiceTime serviceStartTime,
        @LayoutField(no = 13, ja = "サービス終了時刻")
        ServiceTime serviceEndTime,
        @LayoutField(no = 14, ja = "サービス回数")
        @Digits(integer = 2, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class)
        @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) 
        int serviceCount,
        @LayoutField(no = 15, ja = "サービスコード")
        @KnownServiceKind @LinkedServiceKind
        ServiceCode serviceCode,
        @LayoutField(no = 16, ja = "TAISコード")
        Optional<@Size(max = 12, message = "{careplan.length}", payload = Rule.FldLen.class) String> taisCode,
        @LayoutField(no = 17, ja = "福祉用具届出コード")
        Optional<@Size(max = 12, message = "{careplan.length}", payload = Rule.FldLen.class) String> equipmentNotificationCode,
        @LayoutField(no = 18, ja = "用具名称（機種名）")
        String equipmentName,
        @LayoutField(no = 19, ja = "明細判別コード")
        Optional<@Digits(integer = 2, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> detailSeqNo,
        @LayoutField(no = 20, ja = "サービス事業者コード")
        OfficeNumber serviceOfficeNumber,
        @LayoutField(no = 21, ja = "サービス事業所名")
        String serviceOfficeName,
        @LayoutField(no = 22, ja = "サテライト枝番")
        Optional<@Size(max = 2, message = "{careplan.length}", payload = Rule.FldLen.class) String> satelliteBranchNo,
        @LayoutField(no = 23, ja = "３０日超区分")
        Over30DaysFlag over30DaysFlag,
        @LayoutField(no = 24, ja = "更新業者コード")
        Optional<OfficeNumber> updaterOfficeNumber,
        @LayoutField(no = 25, ja = "識別子")
        @Size(max = 0, message = "{careplan.unused}", payload = {Rule.FldUnused.class, Rule.Warning.class})
        String identifier) implements CareplanRecord, MonthBoundRecord, EquipmentRentalLine {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public ServiceUseRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(createdDate, "createdDate (作成年月日) is required");
        Objects.requireNonNull(targetYearMonth, "targetYearMonth (対象年月) is required");
        Objects.requireNonNull(planOfficeNumber, "planOfficeNumber (プラン担当業者コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(planManagerName, "planManagerName (プラン担当者名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(units, "units (単位数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(shortStayDaysBeforeMonth, "shortStayDaysBeforeMonth (前月までの短期入所利用日数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceDate, "serviceDate (サービス利用日) is required");
        Objects.requireNonNull(proratedDayFlags, "proratedDayFlags (日割対象日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceStartTime, "serviceStartTime (サービス開始時刻) is required");
        Objects.requireNonNull(serviceEndTime, "serviceEndTime (サービス終了時刻) is required");
        Objects.requireNonNull(serviceCode, "serviceCode (サービスコード) is required");
        Objects.requireNonNull(taisCode, "taisCode (TAISコード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(equipmentNotificationCode, "equipmentNotificationCode (福祉用具届出コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(equipmentName, "equipmentName (用具名称（機種名）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(detailSeqNo, "detailSeqNo (明細判別コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceOfficeNumber, "serviceOfficeNumber (サービス事業者コード) is required");
        Objects.requireNonNull(serviceOfficeName, "serviceOfficeName (サービス事業所名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(satelliteBranchNo, "satelliteBranchNo (サテライト枝番) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(over30DaysFlag, "over30DaysFlag (３０日超区分) is required");
        Objects.requireNonNull(updaterOfficeNumber, "updaterOfficeNumber (更新業者コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(identifier, "identifier (識別子) must not be null; use \"\" for an empty field");
    }

    @Override
    public Optional<YearMonth> recordMonth() {
        return Optional.of(targetYearMonth);
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "ServiceUseRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this row, for a row that differs in a few: the 実績 a provider sends back for
     * a planned row (its own office as updater, a changed time or count) without repeating the other fields.
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.csvVersion = csvVersion;
        b.insurerNumber = insurerNumber;
        b.insuredNumber = insuredNumber;
        b.createdDate = createdDate;
        b.targetYearMonth = targetYearMonth;
        b.planOfficeNumber = planOfficeNumber;
        b.planManagerName = planManagerName;
        b.units = units;
        b.shortStayDaysBeforeMonth = shortStayDaysBeforeMonth;
        b.serviceDate = serviceDate;
        b.proratedDayFlags = proratedDayFlags;
        b.serviceStartTime = serviceStartTime;
        b.serviceEndTime = serviceEndTime;
        b.serviceCount = serviceCount;
        b.serviceCode = serviceCode;
        b.taisCode = taisCode;
        b.equipmentNotificationCode = equipmentNotificationCode;
        b.equipmentName = equipmentName;
        b.detailSeqNo = detailSeqNo;
        b.serviceOfficeNumber = serviceOfficeNumber;
        b.serviceOfficeName = serviceOfficeName;
        b.satelliteBranchNo = satelliteBranchNo;
        b.over30DaysFlag = over30DaysFlag;
        b.updaterOfficeNumber = updaterOfficeNumber;
        b.identifier = identifier;
        return b;
    }

    /** Builds a {@link ServiceUseRecord} field by field. */
    public static final class Builder extends RowBuilder<Builder> {
        private LocalDate createdDate;
        private YearMonth targetYearMonth;
        private Optional<OfficeNumber> planOfficeNumber = Optional.empty();
        private String planManagerName = "";
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) Integer> units = Optional.empty();
        private Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> shortStayDaysBeforeMonth = Optional.empty();
        private LocalDate serviceDate;
        private Optional<ProratedDays> proratedDayFlags = Optional.empty();
        private ServiceTime serviceStartTime;
        private ServiceTime serviceEndTime;
        private Integer serviceCount;
        private ServiceCode serviceCode;
        private Optional<@Size(max = 12, message = "{careplan.length}", payload = Rule.FldLen.class) String> taisCode = Optional.empty();
        private Optional<@Size(max = 12, message = "{careplan.length}", payload = Rule.FldLen.class) String> equipmentNotificationCode = Optional.empty();
        private String equipmentName = "";
        private Optional<@Digits(integer = 2, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> detailSeqNo = Optional.empty();
        private OfficeNumber serviceOfficeNumber;
        private String serviceOfficeName = "";
        private Optional<@Size(max = 2, message = "{careplan.length}", payload = Rule.FldLen.class) String> satelliteBranchNo = Optional.empty();
        private Over30DaysFlag over30DaysFlag;
        private Optional<OfficeNumber> updaterOfficeNumber = Optional.empty();
        private String identifier = "";

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** No.4 作成年月日: Creation date. */
        public Builder createdDate(LocalDate value) {
            this.createdDate = value;
            return this;
        }

        /** No.5 対象年月: Service month; equal in all records and to the file-name month. */
        public Builder targetYearMonth(YearMonth value) {
            this.targetYearMonth = value;
            return this;
        }

        /** No.6 プラン担当業者コード: Care-management office in charge of the plan (required as a warning). */
        public Builder planOfficeNumber(OfficeNumber value) {
            this.planOfficeNumber = Optional.of(value);
            return this;
        }

        /** No.7 プラン担当者名: Care manager in charge; required, AMBIGUOUS in the source (FLD-REQ: error for producers, warning for consumers). */
        public Builder planManagerName(String value) {
            this.planManagerName = value;
            return this;
        }

        /** No.8 単位数: Units after discount; negative on reduction lines; may be {@code 0} in 実績 when it cannot be computed. Required, AMBIGUOUS in the source (FLD-REQ: error for producers, warning for consumers). */
        public Builder units(Integer value) {
            this.units = Optional.ofNullable(value);
            return this;
        }

        /** No.9 前月までの短期入所利用日数: Short-stay days up to the previous month. */
        public Builder shortStayDaysBeforeMonth(Integer value) {
            this.shortStayDaysBeforeMonth = Optional.ofNullable(value);
            return this;
        }

        /** No.10 サービス利用日: Date of the service (planned or actual). */
        public Builder serviceDate(LocalDate value) {
            this.serviceDate = value;
            return this;
        }

        /** No.11 日割対象日: Pro-rated days; empty when the service is not pro-rated. */
        public Builder proratedDayFlags(ProratedDays value) {
            this.proratedDayFlags = Optional.ofNullable(value);
            return this;
        }

        /** No.12 サービス開始時刻: Start time, or {@code 9999} for a service without a time. */
        public Builder serviceStartTime(ServiceTime value) {
            this.serviceStartTime = value;
            return this;
        }

        /** No.13 サービス終了時刻: End time, or {@code 9999}. */
        public Builder serviceEndTime(ServiceTime value) {
            this.serviceEndTime = value;
            return this;
        }

        /** No.14 サービス回数: Number of times on the day. */
        public Builder serviceCount(int value) {
            this.serviceCount = value;
            return this;
        }

        /** No.15 サービスコード: Service code; its kind must be in scope. */
        public Builder serviceCode(ServiceCode value) {
            this.serviceCode = value;
            return this;
        }

        /** No.16 TAISコード: TAIS code; this or 福祉用具届出コード is required for kinds 17/67. Kept as received (ASCII or full-width dash). */
        public Builder taisCode(String value) {
            this.taisCode = Optional.ofNullable(value);
            return this;
        }

        /** No.17 福祉用具届出コード: Notification code for products without TAIS code. */
        public Builder equipmentNotificationCode(String value) {
            this.equipmentNotificationCode = Optional.ofNullable(value);
            return this;
        }

        /** No.18 用具名称（機種名）: Product / model name. */
        public Builder equipmentName(String value) {
            this.equipmentName = value;
            return this;
        }

        /** No.19 明細判別コード: Numbers otherwise identical 17 福祉用具貸与 lines from 1. No length is printed (AMBIGUOUS): up to 2 digits accepted. */
        public Builder detailSeqNo(Integer value) {
            this.detailSeqNo = Optional.ofNullable(value);
            return this;
        }

        /** No.20 サービス事業者コード: Provider office (planned or actual). */
        public Builder serviceOfficeNumber(OfficeNumber value) {
            this.serviceOfficeNumber = value;
            return this;
        }

        /** No.21 サービス事業所名: Provider name. */
        public Builder serviceOfficeName(String value) {
            this.serviceOfficeName = value;
            return this;
        }

        /** No.22 サテライト枝番: Satellite branch id; empty when not a satellite. */
        public Builder satelliteBranchNo(String value) {
            this.satelliteBranchNo = Optional.ofNullable(value);
            return this;
        }

        /** No.23 ３０日超区分: Over-30-days indicator. */
        public Builder over30DaysFlag(Over30DaysFlag value) {
            this.over30DaysFlag = value;
            return this;
        }

        /** No.24 更新業者コード: Office that last updated the record. */
        public Builder updaterOfficeNumber(OfficeNumber value) {
            this.updaterOfficeNumber = Optional.ofNullable(value);
            return this;
        }

        /** No.25 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning. */
        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public ServiceUseRecord build() {
            return new ServiceUseRecord(csvVersion, insurerNumber, insuredNumber, createdDate, targetYearMonth, planOfficeNumber, planManagerName, units, shortStayDaysBeforeMonth, serviceDate, proratedDayFlags, serviceStartTime, serviceEndTime, Objects.requireNonNull(serviceCount, "serviceCount (サービス回数) is required"), serviceCode, taisCode, equipmentNotificationCode, equipmentName, detailSeqNo, serviceOfficeNumber, serviceOfficeName, satelliteBranchNo, over30DaysFlag, updaterOfficeNumber, identifier);
        }
    }
}
