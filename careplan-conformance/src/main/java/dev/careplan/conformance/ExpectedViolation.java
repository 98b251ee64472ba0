package dev.careplan.conformance;

import dev.careplan.model.validation.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One violation a corpus case must report (期待される違反): a line of the case's {@code expected.tsv}.
 *
 * @param ruleId   the rule id as in the rule catalogue
 * @param severity its severity under the profile of the file the line came from
 * @param file     the file name it is in
 * @param record   the record number (1-based), empty for a finding on the whole file or unit
 * @param field    the field number (1-based), empty for a finding on a whole record
 */
public record ExpectedViolation(String ruleId, Severity severity, String file, Optional<Long> record,
        Optional<Integer> field) {

    /** Checks that nothing is null. */
    public ExpectedViolation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
    }

    /** Parses a line {@code rule TAB severity TAB file TAB record-or-dash TAB field-or-dash}. */
    static ExpectedViolation parse(String line) {
        String[] p = line.split("\t", -1);
        if (p.length != 5) {
            throw new IllegalArgumentException("an expectation has 5 tab-separated columns, this one " + p.length);
        }
        return new ExpectedViolation(p[0], Severity.valueOf(p[1]), p[2],
                p[3].equals("-") ? Optional.empty() : Optional.of(Long.parseLong(p[3])),
                p[4].equals("-") ? Optional.empty() : Optional.of(Integer.parseInt(p[4])));
    }

    /** The line form, as in {@code expected.tsv}. */
    public String line() {
        return String.join("\t", ruleId, severity.name(), file, record.map(String::valueOf).orElse("-"),
                field.map(String::valueOf).orElse("-"));
    }
}
