package dev.careplan.model.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One broken model rule: a Jakarta constraint violation of a record or document, translated into the terms of the
 * standard's rule catalogue (docs/rules.md): rule id, severity, the field (number and Japanese name from the layout),
 * the row of a document, and the message in Japanese and English. Messages never contain the field's value.
 *
 * @param ruleId       rule id exactly as in the rule catalogue (docs/rules.md), e.g. {@code FLD-TAIS}
 * @param severity     default severity of the rule
 * @param propertyPath Java property path, e.g. {@code rows[2].taisCode}
 * @param row          index of the row in a document (0-based), when the violation concerns a row
 * @param fieldNo      field number (No.) in the layout, when the violation concerns one field
 * @param fieldNameJa  Japanese field name from the layout
 * @param javaName     Java field name (the layout's "Java field" column), or empty for a whole-record rule
 * @param messageJa    message in Japanese, for a care manager
 * @param messageEn    message in English
 */
public record ModelViolation(String ruleId, Severity severity, String propertyPath, Optional<Integer> row,
        Optional<Integer> fieldNo, Optional<String> fieldNameJa, String javaName, String messageJa,
        String messageEn) {

    /** Checks that nothing is null. */
    public ModelViolation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(propertyPath, "propertyPath");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(fieldNo, "fieldNo");
        Objects.requireNonNull(fieldNameJa, "fieldNameJa");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(messageJa, "messageJa");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The message in the given language ({@code ja} gives Japanese, anything else English). */
    public String message(String language) {
        return "ja".equals(language) ? messageJa : messageEn;
    }
}
