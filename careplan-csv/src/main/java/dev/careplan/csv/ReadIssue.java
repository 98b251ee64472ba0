package dev.careplan.csv;

import java.util.Objects;

/**
 * A problem the reader met while splitting and decoding a record, before any layout is applied: malformed MS932
 * (ENC-001), 外字 (ENC-002), a malformed quote (CSV-002), a bare-LF terminator (CSV-006).
 *
 * @param ruleId rule id as in the rule catalogue (docs/rules.md)
 * @param field  the field number (from 1) concerned, or 0 for the record as a whole
 */
public record ReadIssue(String ruleId, int field) {

    /** Checks the rule id. */
    public ReadIssue {
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
