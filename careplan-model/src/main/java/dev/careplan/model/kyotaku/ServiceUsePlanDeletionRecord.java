package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * 第6表（サービス利用票）予定_削除 ({@code DLTPLAN}, 4 fields, all required): deletes the user's 第6表 of a month and its 第7表.
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param deleteTargetYearMonth No.4 削除対象年月: Service month whose 第6表 (and 第7表) is deleted.
 */
public record ServiceUsePlanDeletionRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "削除対象年月")
        YearMonth deleteTargetYearMonth) implements CareplanRecord, MonthBoundRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public ServiceUsePlanDeletionRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(deleteTargetYearMonth, "deleteTargetYearMonth (削除対象年月) is required");
    }

    @Override
    public Optional<YearMonth> recordMonth() {
        return Optional.of(deleteTargetYearMonth);
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "ServiceUsePlanDeletionRecord[insuredNumber=" + insuredNumber + "]";
    }
}
