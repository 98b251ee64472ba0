package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ServiceCode;
import dev.careplan.model.code.Over30DaysFlag;
import dev.careplan.model.validation.AllNines;
import dev.careplan.model.validation.EquipmentCodeRequired;
import dev.careplan.model.validation.KnownServiceKind;
import dev.careplan.model.validation.LinkedServiceKind;
import dev.careplan.model.validation.Rule;
import dev.careplan.model.validation.SummaryRowShape;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * 第7表 サービス利用票別表 row ({@code UPSIKYU}, 37 fields): a detail row (office + service code), a per-kind subtotal row (kind + AAAA/EEEE/ZZZZ) or the grand-total row (999999, office 9999999999).
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param createdDate No.4 作成年月日: Creation date of the 第7表.
 * @param targetYearMonth No.5 対象年月: Service month.
 * @param serviceOfficeName No.6 サービス事業所名: Provider name.
 * @param serviceOfficeNumber No.7 サービス事業所コード: Provider office; {@code 9999999999} on the grand-total row.
 * @param satelliteBranchNo No.8 サテライト枝番: Satellite branch id.
 * @param serviceCode No.9 サービスコード: Service code, or a subtotal (kind + AAAA/EEEE/ZZZZ) or grand-total (999999) code.
 * @param taisCode No.10 TAISコード: TAIS code (kinds 17/67).
 * @param equipmentNotificationCode No.11 福祉用具届出コード: Notification code for products without TAIS code.
 * @param equipmentName No.12 用具名称（機種名）: Product / model name.
 * @param units No.13 単位数: Units; {@code 0} on subtotal and total rows.
 * @param discountRate No.14 割引後率: Rate after discount; empty on subtotal and total rows.
 * @param discountedUnits No.15 割引後単位数: Units after discount; empty on subtotal and total rows.
 * @param countOrDays No.16 回数／日数: Count or days.
 * @param serviceUnitAmount No.17 サービス単位金額: Units × count for the row.
 * @param benefitManagementUnits No.18 給付管理単位数: Units for benefit management; empty for services outside the category limit.
 * @param kindLimitExcessUnits No.19 種類支給限度基準超単位数: Units over the kind limit.
 * @param kindLimitWithinUnits No.20 種類支給限度基準内単位数: Units within the kind limit.
 * @param categoryLimitExcessUnits No.21 区分支給限度基準超単位数: Units over the category limit.
 * @param categoryLimitWithinUnits No.22 区分支給限度基準内単位数: Units within the category limit.
 * @param unitPrice No.23 単位数単価: Yen per unit, {@code 99.99}; scale kept as received.
 * @param totalCostCovered No.24 費用総額保険／事業対象分: Total cost (insurance / programme part).
 * @param benefitRate No.25 給付率: Benefit rate in percent.
 * @param insuranceClaimAmount No.26 保険／事業費請求額: Amount claimed from insurance / programme.
 * @param fixedCopayUnitAmount No.27 定額利用者負担単価金額: Fixed co-payment unit amount.
 * @param copayCovered No.28 利用者負担保険／事業対象分: User co-payment (insurance / programme part).
 * @param copayFullBurden No.29 利用者負担（全額負担分）: User co-payment (full-burden part).
 * @param daysUsedBeforeMonth No.30 前月までの利用日数: Days used up to the previous month. Length 2 in the table, 5 per the V3.2 history (AMBIGUOUS): up to 5 accepted.
 * @param plannedDaysThisMonth No.31 当月の計画利用日数: Planned days this month.
 * @param cumulativeDays No.32 累積利用日数: Cumulative days.
 * @param over30DaysFlag No.33 ３０日超区分: Over-30-days indicator.
 * @param officeCode No.34 事業所コード: Fixed {@code 9999999999} (AMBIGUOUS No.34 vs No.35: No.34 taken, as recommended).
 * @param inputterCode No.35 入力者コード: Inputter code; no format printed (AMBIGUOUS).
 * @param updaterOfficeNumber No.36 更新業者コード: Office that last updated the record.
 * @param identifier No.37 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning.
 */
@EquipmentCodeRequired
@SummaryRowShape
public record ServiceUseAnnexRecord(
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
        @LayoutField(no = 6, ja = "サービス事業所名")
        String serviceOfficeName,
        @LayoutField(no = 7, ja = "サービス事業所コード")
        OfficeNumber serviceOfficeNumber,
        @LayoutField(no = 8, ja = "サテライト枝番")
        Optional<@Size(max = 2, message = "{careplan.length}", payload = Rule.FldLen.class) String> satelliteBranchNo,
        @LayoutField(no = 9, ja = "サービスコード")
        @KnownServiceKind @LinkedServiceKind
        ServiceCode serviceCode,
        @LayoutField(no = 10, ja = "TAISコード")
        Optional<@Size(max = 12, message = "{careplan.length}", payload = Rule.FldLen.class) String> taisCode,
        @LayoutField(no = 11, ja = "福祉用具届出コード")
        Optional<@Size(max = 12, message = "{careplan.length}", payload = Rule.FldLen.class) String> equipmentNotificationCode,
        @LayoutField(no = 12, ja = "用具名称（機種名）")
        String equipmentName,
        @LayoutField(no = 13, ja = "単位数")
        @Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) 
        int units,
        @LayoutField(no = 14, ja = "割引後率")
        Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> discountRate,
        @LayoutField(no = 15, ja = "割引後単位数")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> discountedUnits,
        @LayoutField(no = 16, ja = "回数／日数")
        @Digits(integer = 3, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class)
        @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) 
        int countOrDays,
        @LayoutField(no = 17, ja = "サービス単位金額")
        Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> serviceUnitAmount,
        @LayoutField(no = 18, ja = "給付管理単位数")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> benefitManagementUnits,
        @LayoutField(no = 19, ja = "種類支給限度基準超単位数")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> kindLimitExcessUnits,
        @LayoutField(no = 20, ja = "種類支給限度基準内単位数")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> kindLimitWithinUnits,
        @LayoutField(no = 21, ja = "区分支給限度基準超単位数")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> categoryLimitExcessUnits,
        @LayoutField(no = 22, ja = "区分支給限度基準内単位数")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> categoryLimitWithinUnits,
        @LayoutField(no = 23, ja = "単位数単価")
        Optional<@Digits(integer = 2, fraction = 2, message = "{careplan.decimal}", payload = Rule.FldDecimal.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDecimal.class) BigDecimal> unitPrice,
        @LayoutField(no = 24, ja = "費用総額保険／事業対象分")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> totalCostCovered,
        @LayoutField(no = 25, ja = "給付率")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> benefitRate,
        @LayoutField(no = 26, ja = "保険／事業費請求額")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> insuranceClaimAmount,
        @LayoutField(no = 27, ja = "定額利用者負担単価金額")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> fixedCopayUnitAmount,
        @LayoutField(no = 28, ja = "利用者負担保険／事業対象分")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> copayCovered,
        @LayoutField(no = 29, ja = "利用者負担（全額負担分）")
        Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> copayFullBurden,
        @LayoutField(no = 30, ja = "前月までの利用日数")
        Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> daysUsedBeforeMonth,
        @LayoutField(no = 31, ja = "当月の計画利用日数")
        Optional<@Digits(integer = 2, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> plannedDaysThisMonth,
        @LayoutField(no = 32, ja = "累積利用日数")
        Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> cumulativeDays,
        @LayoutField(no = 33, ja = "３０日超区分")
        Over30DaysFlag over30DaysFlag,
        @LayoutField(no = 34, ja = "事業所コード")
        Optional<@AllNines OfficeNumber> officeCode,
        @LayoutField(no = 35, ja = "入力者コード")
        Optional<@Size(max = 10, message = "{careplan.length}", payload = Rule.FldLen.class) String> inputterCode,
        @LayoutField(no = 36, ja = "更新業者コード")
        Optional<OfficeNumber> updaterOfficeNumber,
        @LayoutField(no = 37, ja = "識別子")
        @Size(max = 0, message = "{careplan.unused}", payload = {Rule.FldUnused.class, Rule.Warning.class})
        String identifier) implements CareplanRecord, MonthBoundRecord, EquipmentRentalLine {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public ServiceUseAnnexRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(createdDate, "createdDate (作成年月日) is required");
        Objects.requireNonNull(targetYearMonth, "targetYearMonth (対象年月) is required");
        Objects.requireNonNull(serviceOfficeName, "serviceOfficeName (サービス事業所名) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(serviceOfficeNumber, "serviceOfficeNumber (サービス事業所コード) is required");
        Objects.requireNonNull(satelliteBranchNo, "satelliteBranchNo (サテライト枝番) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceCode, "serviceCode (サービスコード) is required");
        Objects.requireNonNull(taisCode, "taisCode (TAISコード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(equipmentNotificationCode, "equipmentNotificationCode (福祉用具届出コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(equipmentName, "equipmentName (用具名称（機種名）) must not be null; use \"\" for an empty field");
        Objects.requireNonNull(discountRate, "discountRate (割引後率) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(discountedUnits, "discountedUnits (割引後単位数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(serviceUnitAmount, "serviceUnitAmount (サービス単位金額) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(benefitManagementUnits, "benefitManagementUnits (給付管理単位数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(kindLimitExcessUnits, "kindLimitExcessUnits (種類支給限度基準超単位数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(kindLimitWithinUnits, "kindLimitWithinUnits (種類支給限度基準内単位数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(categoryLimitExcessUnits, "categoryLimitExcessUnits (区分支給限度基準超単位数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(categoryLimitWithinUnits, "categoryLimitWithinUnits (区分支給限度基準内単位数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(unitPrice, "unitPrice (単位数単価) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(totalCostCovered, "totalCostCovered (費用総額保険／事業対象分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(benefitRate, "benefitRate (給付率) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(insuranceClaimAmount, "insuranceClaimAmount (保険／事業費請求額) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(fixedCopayUnitAmount, "fixedCopayUnitAmount (定額利用者負担単価金額) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(copayCovered, "copayCovered (利用者負担保険／事業対象分) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(copayFullBurden, "copayFullBurden (利用者負担（全額負担分）) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(daysUsedBeforeMonth, "daysUsedBeforeMonth (前月までの利用日数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(plannedDaysThisMonth, "plannedDaysThisMonth (当月の計画利用日数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(cumulativeDays, "cumulativeDays (累積利用日数) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(over30DaysFlag, "over30DaysFlag (３０日超区分) is required");
        Objects.requireNonNull(officeCode, "officeCode (事業所コード) must not be null; use Optional.empty() for an empty field");
        Objects.requireNonNull(inputterCode, "inputterCode (入力者コード) must not be null; use Optional.empty() for an empty field");
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
        return "ServiceUseAnnexRecord[insuredNumber=" + insuredNumber + "]";
    }

    /** A builder; required fields must be set, optional ones default to empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ServiceUseAnnexRecord} field by field. */
    public static final class Builder extends RowBuilder<Builder> {
        private LocalDate createdDate;
        private YearMonth targetYearMonth;
        private String serviceOfficeName = "";
        private OfficeNumber serviceOfficeNumber;
        private Optional<@Size(max = 2, message = "{careplan.length}", payload = Rule.FldLen.class) String> satelliteBranchNo = Optional.empty();
        private ServiceCode serviceCode;
        private Optional<@Size(max = 12, message = "{careplan.length}", payload = Rule.FldLen.class) String> taisCode = Optional.empty();
        private Optional<@Size(max = 12, message = "{careplan.length}", payload = Rule.FldLen.class) String> equipmentNotificationCode = Optional.empty();
        private String equipmentName = "";
        private Integer units;
        private Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> discountRate = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> discountedUnits = Optional.empty();
        private Integer countOrDays;
        private Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> serviceUnitAmount = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> benefitManagementUnits = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> kindLimitExcessUnits = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> kindLimitWithinUnits = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> categoryLimitExcessUnits = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> categoryLimitWithinUnits = Optional.empty();
        private Optional<@Digits(integer = 2, fraction = 2, message = "{careplan.decimal}", payload = Rule.FldDecimal.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDecimal.class) BigDecimal> unitPrice = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> totalCostCovered = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> benefitRate = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> insuranceClaimAmount = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> fixedCopayUnitAmount = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> copayCovered = Optional.empty();
        private Optional<@Digits(integer = 6, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> copayFullBurden = Optional.empty();
        private Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> daysUsedBeforeMonth = Optional.empty();
        private Optional<@Digits(integer = 2, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> plannedDaysThisMonth = Optional.empty();
        private Optional<@Digits(integer = 5, fraction = 0, message = "{careplan.digits}", payload = Rule.FldLen.class) @PositiveOrZero(message = "{careplan.notNegative}", payload = Rule.FldDigit.class) Integer> cumulativeDays = Optional.empty();
        private Over30DaysFlag over30DaysFlag;
        private Optional<@AllNines OfficeNumber> officeCode = Optional.empty();
        private Optional<@Size(max = 10, message = "{careplan.length}", payload = Rule.FldLen.class) String> inputterCode = Optional.empty();
        private Optional<OfficeNumber> updaterOfficeNumber = Optional.empty();
        private String identifier = "";

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** No.4 作成年月日: Creation date of the 第7表. */
        public Builder createdDate(LocalDate value) {
            this.createdDate = value;
            return this;
        }

        /** No.5 対象年月: Service month. */
        public Builder targetYearMonth(YearMonth value) {
            this.targetYearMonth = value;
            return this;
        }

        /** No.6 サービス事業所名: Provider name. */
        public Builder serviceOfficeName(String value) {
            this.serviceOfficeName = value;
            return this;
        }

        /** No.7 サービス事業所コード: Provider office; {@code 9999999999} on the grand-total row. */
        public Builder serviceOfficeNumber(OfficeNumber value) {
            this.serviceOfficeNumber = value;
            return this;
        }

        /** No.8 サテライト枝番: Satellite branch id. */
        public Builder satelliteBranchNo(String value) {
            this.satelliteBranchNo = Optional.ofNullable(value);
            return this;
        }

        /** No.9 サービスコード: Service code, or a subtotal (kind + AAAA/EEEE/ZZZZ) or grand-total (999999) code. */
        public Builder serviceCode(ServiceCode value) {
            this.serviceCode = value;
            return this;
        }

        /** No.10 TAISコード: TAIS code (kinds 17/67). */
        public Builder taisCode(String value) {
            this.taisCode = Optional.ofNullable(value);
            return this;
        }

        /** No.11 福祉用具届出コード: Notification code for products without TAIS code. */
        public Builder equipmentNotificationCode(String value) {
            this.equipmentNotificationCode = Optional.ofNullable(value);
            return this;
        }

        /** No.12 用具名称（機種名）: Product / model name. */
        public Builder equipmentName(String value) {
            this.equipmentName = value;
            return this;
        }

        /** No.13 単位数: Units; {@code 0} on subtotal and total rows. */
        public Builder units(int value) {
            this.units = value;
            return this;
        }

        /** No.14 割引後率: Rate after discount; empty on subtotal and total rows. */
        public Builder discountRate(Integer value) {
            this.discountRate = Optional.ofNullable(value);
            return this;
        }

        /** No.15 割引後単位数: Units after discount; empty on subtotal and total rows. */
        public Builder discountedUnits(Integer value) {
            this.discountedUnits = Optional.ofNullable(value);
            return this;
        }

        /** No.16 回数／日数: Count or days. */
        public Builder countOrDays(int value) {
            this.countOrDays = value;
            return this;
        }

        /** No.17 サービス単位金額: Units × count for the row. */
        public Builder serviceUnitAmount(Integer value) {
            this.serviceUnitAmount = Optional.ofNullable(value);
            return this;
        }

        /** No.18 給付管理単位数: Units for benefit management; empty for services outside the category limit. */
        public Builder benefitManagementUnits(Integer value) {
            this.benefitManagementUnits = Optional.ofNullable(value);
            return this;
        }

        /** No.19 種類支給限度基準超単位数: Units over the kind limit. */
        public Builder kindLimitExcessUnits(Integer value) {
            this.kindLimitExcessUnits = Optional.ofNullable(value);
            return this;
        }

        /** No.20 種類支給限度基準内単位数: Units within the kind limit. */
        public Builder kindLimitWithinUnits(Integer value) {
            this.kindLimitWithinUnits = Optional.ofNullable(value);
            return this;
        }

        /** No.21 区分支給限度基準超単位数: Units over the category limit. */
        public Builder categoryLimitExcessUnits(Integer value) {
            this.categoryLimitExcessUnits = Optional.ofNullable(value);
            return this;
        }

        /** No.22 区分支給限度基準内単位数: Units within the category limit. */
        public Builder categoryLimitWithinUnits(Integer value) {
            this.categoryLimitWithinUnits = Optional.ofNullable(value);
            return this;
        }

        /** No.23 単位数単価: Yen per unit, {@code 99.99}; scale kept as received. */
        public Builder unitPrice(BigDecimal value) {
            this.unitPrice = Optional.ofNullable(value);
            return this;
        }

        /** No.24 費用総額保険／事業対象分: Total cost (insurance / programme part). */
        public Builder totalCostCovered(Integer value) {
            this.totalCostCovered = Optional.ofNullable(value);
            return this;
        }

        /** No.25 給付率: Benefit rate in percent. */
        public Builder benefitRate(Integer value) {
            this.benefitRate = Optional.ofNullable(value);
            return this;
        }

        /** No.26 保険／事業費請求額: Amount claimed from insurance / programme. */
        public Builder insuranceClaimAmount(Integer value) {
            this.insuranceClaimAmount = Optional.ofNullable(value);
            return this;
        }

        /** No.27 定額利用者負担単価金額: Fixed co-payment unit amount. */
        public Builder fixedCopayUnitAmount(Integer value) {
            this.fixedCopayUnitAmount = Optional.ofNullable(value);
            return this;
        }

        /** No.28 利用者負担保険／事業対象分: User co-payment (insurance / programme part). */
        public Builder copayCovered(Integer value) {
            this.copayCovered = Optional.ofNullable(value);
            return this;
        }

        /** No.29 利用者負担（全額負担分）: User co-payment (full-burden part). */
        public Builder copayFullBurden(Integer value) {
            this.copayFullBurden = Optional.ofNullable(value);
            return this;
        }

        /** No.30 前月までの利用日数: Days used up to the previous month. Length 2 in the table, 5 per the V3.2 history (AMBIGUOUS): up to 5 accepted. */
        public Builder daysUsedBeforeMonth(Integer value) {
            this.daysUsedBeforeMonth = Optional.ofNullable(value);
            return this;
        }

        /** No.31 当月の計画利用日数: Planned days this month. */
        public Builder plannedDaysThisMonth(Integer value) {
            this.plannedDaysThisMonth = Optional.ofNullable(value);
            return this;
        }

        /** No.32 累積利用日数: Cumulative days. */
        public Builder cumulativeDays(Integer value) {
            this.cumulativeDays = Optional.ofNullable(value);
            return this;
        }

        /** No.33 ３０日超区分: Over-30-days indicator. */
        public Builder over30DaysFlag(Over30DaysFlag value) {
            this.over30DaysFlag = value;
            return this;
        }

        /** No.34 事業所コード: Fixed {@code 9999999999} (AMBIGUOUS No.34 vs No.35: No.34 taken, as recommended). */
        public Builder officeCode(OfficeNumber value) {
            this.officeCode = Optional.ofNullable(value);
            return this;
        }

        /** No.35 入力者コード: Inputter code; no format printed (AMBIGUOUS). */
        public Builder inputterCode(String value) {
            this.inputterCode = Optional.ofNullable(value);
            return this;
        }

        /** No.36 更新業者コード: Office that last updated the record. */
        public Builder updaterOfficeNumber(OfficeNumber value) {
            this.updaterOfficeNumber = Optional.ofNullable(value);
            return this;
        }

        /** No.37 識別子: Not used (※使用しない): empty; a value is kept as received and reported as a warning. */
        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException naming the first required field that was not set
         */
        public ServiceUseAnnexRecord build() {
            return new ServiceUseAnnexRecord(csvVersion, insurerNumber, insuredNumber, createdDate, targetYearMonth, serviceOfficeName, serviceOfficeNumber, satelliteBranchNo, serviceCode, taisCode, equipmentNotificationCode, equipmentName, Objects.requireNonNull(units, "units (単位数) is required"), discountRate, discountedUnits, Objects.requireNonNull(countOrDays, "countOrDays (回数／日数) is required"), serviceUnitAmount, benefitManagementUnits, kindLimitExcessUnits, kindLimitWithinUnits, categoryLimitExcessUnits, categoryLimitWithinUnits, unitPrice, totalCostCovered, benefitRate, insuranceClaimAmount, fixedCopayUnitAmount, copayCovered, copayFullBurden, daysUsedBeforeMonth, plannedDaysThisMonth, cumulativeDays, over30DaysFlag, officeCode, inputterCode, updaterOfficeNumber, identifier);
        }
    }
}
