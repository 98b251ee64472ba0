package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.code.CareLevel;
import dev.careplan.model.code.CertificationStatus;
import dev.careplan.model.code.Sex;
import dev.careplan.model.validation.LimitSlotsInOrder;
import dev.careplan.model.validation.Rule;
import dev.careplan.model.validation.SupplementLink;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 利用者補足情報 ({@code UPHOSOKU}, 63 fields): the user's identity, certification and benefit-limit figures that travel with a plan (No.63 {@code 000000}) or with a 第6表 (No.4 {@code 00000000}).
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param planCreatedDate No.4 居宅サービス計画作成（変更）日: Plan date of the 第1表 this record belongs to; empty when written {@code 00000000} (record of a 第6表/第7表 send unit).
 * @param nameKana No.5 利用者氏名フリガナ: User's name in katakana. Required (AMBIGUOUS in the source: treated as required, policy-downgradable).
 * @param name No.6 利用者氏名: User's name. Required (AMBIGUOUS in the source: treated as required, policy-downgradable).
 * @param sex No.7 利用者性別: User's sex. Required (AMBIGUOUS in the source: treated as required, policy-downgradable).
 * @param birthDate No.8 利用者生年月日: User's date of birth. Required (AMBIGUOUS in the source: treated as required, policy-downgradable).
 * @param postalCode No.9 利用者郵便番号: Postal code {@code XXX-XXXX}.
 * @param address1 No.10 利用者住所１: Address, first line.
 * @param address2 No.11 利用者住所２: Address, second line.
 * @param phoneNumber No.12 利用者電話番号: Phone number; no format is prescribed.
 * @param certificationDate No.13 認定日: Date of certification.
 * @param limitPeriodStartDate No.14 限度額適用開始年月日: Start of the benefit-limit period.
 * @param limitPeriodEndDate No.15 限度額適用終了年月日: End of the benefit-limit period.
 * @param certificationStatus No.16 認定状況区分: Certification status.
 * @param careLevelChangeDate No.17 要介護状態変更日: Date the care level changed.
 * @param careLevel No.18 要介護状態区分: Care level.
 * @param benefitLimitUnits No.19 区分支給限度基準額: Category benefit limit in units.
 * @param kindLimits No.20-55 サービス種類別支給限度: The nine per-kind limit slots (No.20–55), always nine, empty slots kept where they are.
 * @param totalExcessUnits No.56 合計限度超単位数: Total units over the limits.
 * @param shortStayDaysBeforeMonth No.57 入所前月迄利用日数: Short-stay days used up to the previous month.
 * @param shortStayCumulativeDays No.58 入所累積利用日数: Cumulative short-stay days.
 * @param previousCareLevel No.59 前回要介護状態区分: Previous care level.
 * @param consentOfficeNumber No.60 同意書受付業者: Office that received the consent form.
 * @param updaterOfficeNumber No.61 更新業者コード: Office that last updated the record.
 * @param identifier No.62 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning.
 * @param targetYearMonth No.63 対象年月: Service month of the 第6表 this record belongs to; empty when written {@code 000000} (record of a plan send unit).
 */
@SupplementLink
@LimitSlotsInOrder
public record SupplementaryUserRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "居宅サービス計画作成（変更）日")
        Optional<LocalDate> planCreatedDate,
        @LayoutField(no = 5, ja = "利用者氏名フリガナ")
        @NotBlank(message = "{careplan.required}", payload = Rule.FldReq.class)
        String nameKana,
        @LayoutField(no = 6, ja = "利用者氏名")
        @NotBlank(message = "{careplan.required}", payload = Rule.FldReq.class)
        String name,
        @LayoutField(no = 7, ja = "利用者性別")
        @NotNull(message = "{careplan.required}", payload = {Unwrapping.Unwrap.class, Rule.FldReq.class})
        Optional<Sex> sex,
        @LayoutField(no = 8, ja = "利用者生年月日")
        @NotNull(message = "{careplan.required}", payload = {Unwrapping.Unwrap.class, Rule.FldReq.class})
        Optional<LocalDate> birthDate,
        @LayoutField(no = 9, ja = "利用者郵便番号")
        Optional<@Pattern(regexp = "[0-9]{3}-[0-9]{4}", message = "{careplan.postal}", payload = Rule.FldPostal.class) String> postalCode,
        @LayoutField(no = 10, ja = "利用者住所１")
        String address1,
        @LayoutField(no = 11, ja = "利用者住所２")
        String address2,
        @LayoutField(no = 12, ja = "利用者電話番号")
        Optional<@Size(max = 15, message = "{careplan.length}", payload = Rule.FldLen.class) String> phoneNumber,
        @LayoutField(no = 13, ja = "認定日")
        Optional<LocalDate> certificationDate,
        @LayoutField(no = 14, ja = "限度額適用開始年月日")
        Optional<LocalDate> limitPeriodStartDate,
        @LayoutField(no = 15, ja = "限度額適用終了年月日")
        Optional<LocalDate> limitPeriodEndDate,
        @LayoutField(no = 16, ja = "認定状況区分")
        Optional<CertificationStatus> certificationStatus,
        @LayoutField(no = 17, ja = "要介護状態変更日")
        Optional<LocalDate> careLevelChangeDate,
        @LayoutField(no = 18, ja = "要介護状態区分")
        Optional<CareLevel> careLevel,
        @LayoutField(no = 19, ja = "区分支給限度基準額")
        Optional<@Digits(integer = 7, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> benefitLimitUnits,
        List<@Valid KindLimitSlot> kindLimits,
        @LayoutField(no = 56, ja = "合計限度超単位数")
        Optional<@Digits(integer = 7, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> totalExcessUnits,
        @LayoutField(no = 57, ja = "入所前月迄利用日数")
        Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> shortStayDaysBeforeMonth,
        @LayoutField(no = 58, ja = "入所累積利用日数")
        Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> shortStayCumulativeDays,
        @LayoutField(no = 59, ja = "前回要介護状態区分")
        Optional<CareLevel> previousCareLevel,
        @LayoutField(no = 60, ja = "同意書受付業者")
        Optional<OfficeNumber> consentOfficeNumber,
        @LayoutField(no = 61, ja = "更新業者コード")
        Optional<OfficeNumber> updaterOfficeNumber,
        @LayoutField(no = 62, ja = "識別子")
        @Size(max = 0, message = "{careplan.unused}", payload = {Rule.FldUnused.class, Rule.Warning.class})
        String identifier,
        @LayoutField(no = 63, ja = "対象年月")
        Optional<YearMonth> targetYearMonth) implements CareplanRecord, MonthBoundRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public SupplementaryUserRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(planCreatedDate, "planCreatedDate (居宅サービス計画作成（変更）日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(nameKana, "nameKana (利用者氏名フリガナ) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(name, "name (利用者氏名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(sex, "sex (利用者性別) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(birthDate, "birthDate (利用者生年月日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(postalCode, "postalCode (利用者郵便番号) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(address1, "address1 (利用者住所１) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(address2, "address2 (利用者住所２) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(phoneNumber, "phoneNumber (利用者電話番号) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certificationDate, "certificationDate (認定日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(limitPeriodStartDate, "limitPeriodStartDate (限度額適用開始年月日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(limitPeriodEndDate, "limitPeriodEndDate (限度額適用終了年月日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(certificationStatus, "certificationStatus (認定状況区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(careLevelChangeDate, "careLevelChangeDate (要介護状態変更日) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(careLevel, "careLevel (要介護状態区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(benefitLimitUnits, "benefitLimitUnits (区分支給限度基準額) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(kindLimits, "kindLimits (サービス種類別支給限度) is required");
        kindLimits = KindLimitSlot.nineSlots(kindLimits);
        Objects.requireNonNull(totalExcessUnits, "totalExcessUnits (合計限度超単位数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(shortStayDaysBeforeMonth, "shortStayDaysBeforeMonth (入所前月迄利用日数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(shortStayCumulativeDays, "shortStayCumulativeDays (入所累積利用日数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(previousCareLevel, "previousCareLevel (前回要介護状態区分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(consentOfficeNumber, "consentOfficeNumber (同意書受付業者) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(updaterOfficeNumber, "updaterOfficeNumber (更新業者コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(identifier, "identifier (識別子) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(targetYearMonth, "targetYearMonth (対象年月) must not be null; use Optional.empty() for an empty field");
    }

    /** True when the record belongs to a plan send unit (第1表): 計画作成日 set, 対象年月 {@code 000000}. */
    public boolean isPlanBound() {
        return planCreatedDate.isPresent() && targetYearMonth.isEmpty();
    }

    /** The used limit slots in slot order (slots with any value). */
    public List<KindLimitSlot> usedKindLimits() {
        return kindLimits.stream().filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Optional<YearMonth> recordMonth() {
        return targetYearMonth;
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "SupplementaryUserRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SupplementaryUserRecord} field by field. */
    public static final class Builder extends RowBuilder<Builder> {
        private Optional<LocalDate> planCreatedDate = Optional.empty();
        private String nameKana = "";
        private String name = "";
        private Optional<Sex> sex = Optional.empty();
        private Optional<LocalDate> birthDate = Optional.empty();
        private Optional<@Pattern(regexp = "[0-9]{3}-[0-9]{4}", message = "{careplan.postal}", payload = Rule.FldPostal.class) String> postalCode = Optional.empty();
        private String address1 = "";
        private String address2 = "";
        private Optional<@Size(max = 15, message = "{careplan.length}", payload = Rule.FldLen.class) String> phoneNumber = Optional.empty();
        private Optional<LocalDate> certificationDate = Optional.empty();
        private Optional<LocalDate> limitPeriodStartDate = Optional.empty();
        private Optional<LocalDate> limitPeriodEndDate = Optional.empty();
        private Optional<CertificationStatus> certificationStatus = Optional.empty();
        private Optional<LocalDate> careLevelChangeDate = Optional.empty();
        private Optional<CareLevel> careLevel = Optional.empty();
        private Optional<@Digits(integer = 7, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> benefitLimitUnits = Optional.empty();
        private final java.util.ArrayList<KindLimitSlot> kindLimits = new java.util.ArrayList<>(KindLimitSlot.nineSlots(List.of()));
        private Optional<@Digits(integer = 7, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> totalExcessUnits = Optional.empty();
        private Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> shortStayDaysBeforeMonth = Optional.empty();
        private Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> shortStayCumulativeDays = Optional.empty();
        private Optional<CareLevel> previousCareLevel = Optional.empty();
        private Optional<OfficeNumber> consentOfficeNumber = Optional.empty();
        private Optional<OfficeNumber> updaterOfficeNumber = Optional.empty();
        private String identifier = "";
        private Optional<YearMonth> targetYearMonth = Optional.empty();

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** No.4 居宅サービス計画作成（変更）日: Plan date of the 第1表 this record belongs to; empty when written {@code 00000000} (record of a 第6表/第7表 send unit). */
        public Builder planCreatedDate(LocalDate value) {
            this.planCreatedDate = Optional.ofNullable(value);
            return this;
        }

        /** No.5 利用者氏名フリガナ: User's name in katakana. Required (AMBIGUOUS in the source: treated as required, policy-downgradable). */
        public Builder nameKana(String value) {
            this.nameKana = value;
            return this;
        }

        /** No.6 利用者氏名: User's name. Required (AMBIGUOUS in the source: treated as required, policy-downgradable). */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** No.7 利用者性別: User's sex. Required (AMBIGUOUS in the source: treated as required, policy-downgradable). */
        public Builder sex(Sex value) {
            this.sex = Optional.ofNullable(value);
            return this;
        }

        /** No.8 利用者生年月日: User's date of birth. Required (AMBIGUOUS in the source: treated as required, policy-downgradable). */
        public Builder birthDate(LocalDate value) {
            this.birthDate = Optional.ofNullable(value);
            return this;
        }

        /** No.9 利用者郵便番号: Postal code {@code XXX-XXXX}. */
        public Builder postalCode(String value) {
            this.postalCode = Optional.ofNullable(value);
            return this;
        }

        /** No.10 利用者住所１: Address, first line. */
        public Builder address1(String value) {
            this.address1 = value;
            return this;
        }

        /** No.11 利用者住所２: Address, second line. */
        public Builder address2(String value) {
            this.address2 = value;
            return this;
        }

        /** No.12 利用者電話番号: Phone number; no format is prescribed. */
        public Builder phoneNumber(String value) {
            this.phoneNumber = Optional.ofNullable(value);
            return this;
        }

        /** No.13 認定日: Date of certification. */
        public Builder certificationDate(LocalDate value) {
            this.certificationDate = Optional.ofNullable(value);
            return this;
        }

        /** No.14 限度額適用開始年月日: Start of the benefit-limit period. */
        public Builder limitPeriodStartDate(LocalDate value) {
            this.limitPeriodStartDate = Optional.ofNullable(value);
            return this;
        }

        /** No.15 限度額適用終了年月日: End of the benefit-limit period. */
        public Builder limitPeriodEndDate(LocalDate value) {
            this.limitPeriodEndDate = Optional.ofNullable(value);
            return this;
        }

        /** No.16 認定状況区分: Certification status. */
        public Builder certificationStatus(CertificationStatus value) {
            this.certificationStatus = Optional.ofNullable(value);
            return this;
        }

        /** No.17 要介護状態変更日: Date the care level changed. */
        public Builder careLevelChangeDate(LocalDate value) {
            this.careLevelChangeDate = Optional.ofNullable(value);
            return this;
        }

        /** No.18 要介護状態区分: Care level. */
        public Builder careLevel(CareLevel value) {
            this.careLevel = Optional.ofNullable(value);
            return this;
        }

        /** No.19 区分支給限度基準額: Category benefit limit in units. */
        public Builder benefitLimitUnits(Integer value) {
            this.benefitLimitUnits = Optional.ofNullable(value);
            return this;
        }

        /** No.20-55 サービス種類別支給限度: sets slot {@code slot} (1–9). */
        public Builder kindLimit(int slot, KindLimitSlot value) {
            if (slot < 1 || slot > KindLimitSlot.SLOT_COUNT) {
                throw new IllegalArgumentException("slot must be 1-9, got " + slot);
            }
            kindLimits.set(slot - 1, Objects.requireNonNull(value, "value"));
            return this;
        }

        /** No.20-55 サービス種類別支給限度: fills the next empty slot. */
        public Builder addKindLimit(KindLimitSlot value) {
            for (int i = 0; i < kindLimits.size(); i++) {
                if (kindLimits.get(i).isEmpty()) {
                    kindLimits.set(i, Objects.requireNonNull(value, "value"));
                    return this;
                }
            }
            throw new IllegalStateException("all 9 limit slots are used");
        }

        /** No.56 合計限度超単位数: Total units over the limits. */
        public Builder totalExcessUnits(Integer value) {
            this.totalExcessUnits = Optional.ofNullable(value);
            return this;
        }

        /** No.57 入所前月迄利用日数: Short-stay days used up to the previous month. */
        public Builder shortStayDaysBeforeMonth(Integer value) {
            this.shortStayDaysBeforeMonth = Optional.ofNullable(value);
            return this;
        }

        /** No.58 入所累積利用日数: Cumulative short-stay days. */
        public Builder shortStayCumulativeDays(Integer value) {
            this.shortStayCumulativeDays = Optional.ofNullable(value);
            return this;
        }

        /** No.59 前回要介護状態区分: Previous care level. */
        public Builder previousCareLevel(CareLevel value) {
            this.previousCareLevel = Optional.ofNullable(value);
            return this;
        }

        /** No.60 同意書受付業者: Office that received the consent form. */
        public Builder consentOfficeNumber(OfficeNumber value) {
            this.consentOfficeNumber = Optional.ofNullable(value);
            return this;
        }

        /** No.61 更新業者コード: Office that last updated the record. */
        public Builder updaterOfficeNumber(OfficeNumber value) {
            this.updaterOfficeNumber = Optional.ofNullable(value);
            return this;
        }

        /** No.62 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning. */
        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        /** No.63 対象年月: Service month of the 第6表 this record belongs to; empty when written {@code 000000} (record of a plan send unit). */
        public Builder targetYearMonth(YearMonth value) {
            this.targetYearMonth = Optional.ofNullable(value);
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public SupplementaryUserRecord build() {
            return new SupplementaryUserRecord(csvVersion, insurerNumber, insuredNumber, planCreatedDate, nameKana, name, sex, birthDate, postalCode, address1, address2, phoneNumber, certificationDate, limitPeriodStartDate, limitPeriodEndDate, certificationStatus, careLevelChangeDate, careLevel, benefitLimitUnits, List.copyOf(kindLimits), totalExcessUnits, shortStayDaysBeforeMonth, shortStayCumulativeDays, previousCareLevel, consentOfficeNumber, updaterOfficeNumber, identifier, targetYearMonth);
        }
    }
}
