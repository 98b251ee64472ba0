package dev.careplan.model.yobo;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The key that ties the 介護予防 records together (連携キー): 保険者番号 + 被保険者番号 + a date, which is the 相談日 for
 * 利用者基本情報 and its 別表1/別表2, and the 計画作成(変更)日 for the 介護予防サービス・支援計画書 and its 別表.
 *
 * @param insurerNumber 保険者番号
 * @param insuredNumber 被保険者番号
 * @param date          相談日 or 計画作成(変更)日
 */
public record PreventionKey(InsurerNumber insurerNumber, InsuredNumber insuredNumber, LocalDate date) {

    /** Checks that nothing is null. */
    public PreventionKey {
        Objects.requireNonNull(insurerNumber, "insurerNumber");
        Objects.requireNonNull(insuredNumber, "insuredNumber");
        Objects.requireNonNull(date, "date");
    }

    /** Masked like the records: the insured number is personal data. */
    @Override
    public String toString() {
        return "PreventionKey[insuredNumber=" + insuredNumber + ", date=" + date + "]";
    }
}
