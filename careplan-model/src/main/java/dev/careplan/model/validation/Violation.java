package dev.careplan.model.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One breach of the standard (違反), from the model's constraints or the CSV validator alike: the rule id exactly as
 * in the rule catalogue (docs/rules.md, e.g. {@code FN-004}, {@code FLD-LEN}), its severity under the policy in
 * force, where it is, and what to fix as a message key with its arguments, rendered in Japanese or English on
 * demand ({@link RuleMessages}). A message never contains a field's value: care data is personal data.
 *
 * @param ruleId     rule id as in the rule catalogue
 * @param severity   severity under the policy used
 * @param location   where the breach is
 * @param messageKey the message's key in the bundles, e.g. {@code FN-004.month} or {@code careplan.required}
 * @param arguments  the message's named arguments; never a field's value
 */
public record Violation(String ruleId, Severity severity, Location location, String messageKey,
        Map<String, String> arguments) {

    /** Checks that nothing is null and copies the arguments. */
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = Map.copyOf(arguments);
    }

    /** This violation with another severity (a policy's verdict) and location (the file and record it is in). */
    public Violation at(Severity severity, Location location) {
        return new Violation(ruleId, severity, location, messageKey, arguments);
    }

    /**
     * What to fix in {@code ja} or English (any other language), with the field's name in front when the violation
     * is on one field.
     */
    public String message(String language) {
        boolean ja = "ja".equals(language);
        String text = RuleMessages.render(messageKey, ja ? Locale.JAPANESE : Locale.ROOT, arguments);
        if (location.fieldNameJa().isEmpty()) {
            return text;
        }
        String name = location.fieldNameJa().get();
        Optional<Integer> no = location.field();
        Optional<String> javaName = location.fieldNameJava();
        if (ja) {
            return name + no.map(n -> "（No." + n + "）").orElse("") + "：" + text;
        }
        String inner = no.map(n -> "No." + n).orElse("") + (no.isPresent() && javaName.isPresent() ? ", " : "")
                + javaName.orElse("");
        return name + (inner.isEmpty() ? "" : " (" + inner + ")") + ": " + text;
    }

    /** The message in the language of a locale (Japanese for {@code ja}, English otherwise). */
    public String message(Locale locale) {
        return message(locale.getLanguage());
    }

    /** The message in Japanese, for a care manager. */
    public String messageJa() {
        return message("ja");
    }

    /** The message in English. */
    public String messageEn() {
        return message("en");
    }

    /** True when the severity is ERROR. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The file name, or empty text for a violation found in a typed object. */
    public String file() {
        return location.file().orElse("");
    }

    /** The record number in the file, from 1. */
    public Optional<Long> record() {
        return location.record();
    }

    /** The physical line where the record starts, from 1. */
    public Optional<Long> line() {
        return location.line();
    }

    /** The field number (No.) in the layout. */
    public Optional<Integer> field() {
        return location.field();
    }

    /** The Japanese field name (日本語名称). */
    public Optional<String> fieldNameJa() {
        return location.fieldNameJa();
    }

    /** The Java field name. */
    public Optional<String> fieldNameJava() {
        return location.fieldNameJava();
    }

    /** The index of the row in a document (0-based), for a violation found in a typed document. */
    public Optional<Integer> row() {
        return location.row();
    }
}
