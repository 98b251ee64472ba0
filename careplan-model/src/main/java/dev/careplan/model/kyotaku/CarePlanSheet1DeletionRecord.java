package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import dev.careplan.model.LayoutField;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 居宅サービス計画1表_削除 ({@code DLT1KYO}, 4 fields, all required): withdraws a care plan (and its 第2表 and 第3表, the wider cascade of the relation diagram).
 *
 * <p>Fields in layout order, named after the layout's Java field column. Free-text fields are never null
 * ({@code ""} when empty); optional typed fields are {@link Optional}; nothing is normalised.
 *
 * @param csvVersion No.1 CSVバージョン: CSV version of the layout, {@code 202407} for V4.1.
 * @param insurerNumber No.2 保険者番号: Insurer (municipality) of the care recipient.
 * @param insuredNumber No.3 被保険者番号: Insured person's number; {@code H} + 9 digits for 生活保護単独.
 * @param planCreatedDate No.4 居宅サービス計画作成（変更）日: Plan date of the 第1表 to delete (with its 第2表 and 第3表).
 */
public record CarePlanSheet1DeletionRecord(
        @LayoutField(no = 1, ja = "CSVバージョン")
        CsvVersion csvVersion,
        @LayoutField(no = 2, ja = "保険者番号")
        InsurerNumber insurerNumber,
        @LayoutField(no = 3, ja = "被保険者番号")
        InsuredNumber insuredNumber,
        @LayoutField(no = 4, ja = "居宅サービス計画作成（変更）日")
        LocalDate planCreatedDate) implements CareplanRecord {

    /** Checks that no field is null (an absent optional value is {@code Optional.empty()}). */
    public CarePlanSheet1DeletionRecord {
        Objects.requireNonNull(csvVersion, "csvVersion (CSVバージョン) is required");
        Objects.requireNonNull(insurerNumber, "insurerNumber (保険者番号) is required");
        Objects.requireNonNull(insuredNumber, "insuredNumber (被保険者番号) is required");
        Objects.requireNonNull(planCreatedDate, "planCreatedDate (居宅サービス計画作成（変更）日) is required");
    }

    /** Masked: records hold personal data, so only the kind and the masked insured number are shown. */
    @Override
    public String toString() {
        return "CarePlanSheet1DeletionRecord[insuredNumber=" + insuredNumber + "]";
    }
}
