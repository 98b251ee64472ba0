package dev.careplan.model.kyotaku;

import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.InsurerNumber;

/**
 * A record (one CSV row) of any file kind: every layout starts with CSVバージョン, 保険者番号 and 被保険者番号, the
 * user part of every key.
 */
public interface CareplanRecord {

    /** No.1 CSVバージョン. */
    CsvVersion csvVersion();

    /** No.2 保険者番号. */
    InsurerNumber insurerNumber();

    /** No.3 被保険者番号. */
    InsuredNumber insuredNumber();
}
