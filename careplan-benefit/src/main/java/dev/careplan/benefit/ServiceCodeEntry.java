package dev.careplan.benefit;

import dev.careplan.model.ServiceCode;
import java.util.Objects;

/**
 * One line of the サービスコード master (介護給付費単位数等サービスコード表): the code, its name, its units, whether it
 * counts against the 区分支給限度, and its 人件費割合 group.
 *
 * @param code           サービスコード (6 characters)
 * @param name           サービス名称
 * @param units          単位数 (0 for add-ons computed as a percentage or priced per item)
 * @param countsAgainstLimit true when the units are 区分支給限度 対象 (false: 対象外, e.g. 特別地域加算, 処遇改善加算)
 * @param laborShare     人件費割合 group
 */
public record ServiceCodeEntry(ServiceCode code, String name, int units, boolean countsAgainstLimit,
        LaborShare laborShare) {

    /** Checks that nothing is null. */
    public ServiceCodeEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(laborShare, "laborShare");
    }
}
