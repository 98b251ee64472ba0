package dev.careplan.model.kyotaku;

import java.time.YearMonth;
import java.util.Optional;

/**
 * A record that names a service month (対象年月 / 削除対象年月) which must equal the month segment of its file name:
 * 第6表, 実績, 第7表, their deletions, and 利用者補足情報 (whose month is empty, {@code 000000}, in a plan send unit).
 */
public interface MonthBoundRecord extends CareplanRecord {

    /** The record's month, or empty for a plan-bound 利用者補足情報 ({@code 000000}). */
    Optional<YearMonth> recordMonth();
}
