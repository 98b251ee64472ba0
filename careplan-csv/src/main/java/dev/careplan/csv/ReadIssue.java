package dev.careplan.csv;

import java.util.Objects;

/**
 * A problem the reader met while splitting and decoding a record, before any layout is applied: malformed MS932
 * (ENC-001), 外字 (ENC-002), a malformed quote (CSV-002), a bare-LF terminator (CSV-006). These rules are found
 * while reading, so this class names them for the reader and the validator's syntax step alike.
 *
 * @param ruleId rule id as in the rule catalogue (docs/rules.md)
 * @param field  the field number (from 1) concerned, or 0 for the record as a whole
 */
public record ReadIssue(String ruleId, int field) {

    /** The rule of malformed MS932, as read or as a file that is plainly not text. */
    public static final String UNDECODABLE = "ENC-001";
    /** The rule of 外字. */
    public static final String GAIJI = "ENC-002";
    /** The rule of a malformed quote. */
    public static final String QUOTE = "CSV-002";
    /** The rule of a record terminator other than CRLF, which a consumer tolerates. */
    public static final String LINE_END = "CSV-006";
    /** The rule of a record's field count, here of a record with more fields than any reader keeps. */
    public static final String FIELD_COUNT = "CSV-004";

    /** Checks the rule id. */
    public ReadIssue {
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
