package dev.careplan.csv;

import dev.careplan.model.validation.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One breach of the standard found in a delivery: the rule id exactly as in the rule catalogue (docs/rules.md, e.g.
 * {@code FN-004}, {@code FLD-LEN}), its severity under the policy in force, where it is (file, record number,
 * physical line, field number and name) and what to fix, in Japanese and English. A message never contains the
 * field's value: care data is personal data.
 *
 * @param ruleId      rule id as in the rule catalogue (docs/rules.md)
 * @param severity    severity under the policy used
 * @param file        file name (without folder)
 * @param record      record number in the file, from 1, when the breach is in a record
 * @param line        physical line where that record starts, from 1
 * @param field       field number (No.) in the layout
 * @param fieldNameJa Japanese field name (日本語名称)
 * @param fieldNameJava Java field name
 * @param messageJa   what to fix, in Japanese
 * @param messageEn   what to fix, in English
 */
public record Violation(String ruleId, Severity severity, String file, Optional<Long> record, Optional<Long> line,
        Optional<Integer> field, Optional<String> fieldNameJa, Optional<String> fieldNameJava, String messageJa,
        String messageEn) {

    /** Checks that nothing is null. */
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fieldNameJa, "fieldNameJa");
        Objects.requireNonNull(fieldNameJava, "fieldNameJava");
        Objects.requireNonNull(messageJa, "messageJa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The message in {@code ja} or English. */
    public String message(String language) {
        return "ja".equals(language) ? messageJa : messageEn;
    }

    /** True when the severity is ERROR. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
