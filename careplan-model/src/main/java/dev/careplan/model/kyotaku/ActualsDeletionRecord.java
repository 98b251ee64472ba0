package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.ServiceKind;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * 実績情報_削除 ({@code DLTJSK}, 6 fields, all required): withdraws the actuals of one user, month, provider office and service kind.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param deleteTargetYearMonth No.4 削除対象年月: Service month whose actuals are withdrawn.
 * @param serviceOfficeNumber No.5 サービス事業者コード: Provider whose actuals are deleted.
 * @param serviceKindCode No.6 サービス種類コード: Service kind whose actuals are deleted.
 */
public record ActualsDeletionRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "削除対象年月")
        YearMonth deleteTargetYearMonth,
        @LayoutField(no = 5, ja = "サービス事業者コード")
        OfficeNumber serviceOfficeNumber,
        @LayoutField(no = 6, ja = "サービス種類コード")
        ServiceKind serviceKindCode) implements CareplanRecord, MonthBoundRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public ActualsDeletionRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(deleteTargetYearMonth, "deleteTargetYearMonth (削除対象年月) is required");
        Objects.requireNonNull(serviceOfficeNumber, "serviceOfficeNumber (サービス事業者コード) is required");
        Objects.requireNonNull(serviceKindCode, "serviceKindCode (サービス種類コード) is required");
    }

    @Override
    public Optional<YearMonth> recordMonth() {
        return Optional.of(deleteTargetYearMonth);
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "ActualsDeletionRecord[insuredNumber=" + insuredNumber + "]";
    }
}
