package dev.careplan.csv;

/**
 * Who runs a validation, which sets the default severity of each rule in the rule catalogue
 * ({@link RuleCatalogue}): the same rules are checked under both, only their severities differ, and the catalogue
 * says where and why.
 */
public enum ValidationProfile {
    /**
     * 送信側 (producer): a vendor validating its own files before sending them. Strict: the fields the standard marks
     * required but prints ambiguously are required, an empty file, LF or CR line ends and a trailing blank line are
     * errors, and so are an incomplete send unit (SU-002) and a CSVバージョン not in force (VER-004).
     */
    PRODUCER,
    /**
     * 受信側 (consumer): a vendor checking received files before importing them. The producer's rules, with the
     * ambiguous ones and the tolerable ones (record terminators, an empty file, an incomplete unit, the version in
     * force) as warnings, so that what can be imported safely is.
     */
    CONSUMER
}
