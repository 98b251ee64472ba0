package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;

/**
 * The part every row builder shares: the fields every layout starts with (No.1 CSVバージョン, No.2 保険者番号, No.3
 * 被保険者番号).
 *
 * @param <B> the concrete builder, returned by the setters
 */
public abstract class RowBuilder<B extends RowBuilder<B>> {

    /** No.1 CSVバージョン. */
    protected CsvVersion csvVersion;
    /** No.2 保険者番号. */
    protected InsurerNumber insurerNumber;
    /** No.3 被保険者番号. */
    protected InsuredNumber insuredNumber;

    /** For the builders of this package. */
    RowBuilder() {
    }

    /** The concrete builder. */
    protected abstract B self();

    /** No.1 CSVバージョン: {@code 202407} for V4.1. */
    public B csvVersion(CsvVersion value) {
        this.csvVersion = value;
        return self();
    }

    /** No.2 保険者番号: the insurer (municipality) of the care recipient. */
    public B insurerNumber(InsurerNumber value) {
        this.insurerNumber = value;
        return self();
    }

    /** No.3 被保険者番号: {@code H} + 9 digits for 生活保護単独. */
    public B insuredNumber(InsuredNumber value) {
        this.insuredNumber = value;
        return self();
    }
}
