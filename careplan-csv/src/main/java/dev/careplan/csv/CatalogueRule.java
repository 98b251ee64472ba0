package dev.careplan.csv;

import dev.careplan.model.validation.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of the rule catalogue (ルール一覧, {@link RuleCatalogue}): its stable id, where the validator stands towards
 * it, its default severity under each {@link ValidationProfile}, the names of its messages, and its source in the
 * standard.
 *
 * @param id       the stable rule id, e.g. {@code FN-004}
 * @param section  the catalogue section, e.g. {@code A. File names (FN)}
 * @param check    who checks the rule
 * @param producer default severity under {@link ValidationProfile#PRODUCER}; empty when not checked
 * @param consumer default severity under {@link ValidationProfile#CONSUMER}; empty when not checked
 * @param forms    the messages whose severity differs from the rule's default, by message name
 * @param messages the rule's message names; each message's bundle key is {@code id + "." + name}
 * @param source   where the standard says it
 * @param summary  what the rule requires, in English
 * @param note     why the profiles differ, where they do
 */
public record CatalogueRule(String id, String section, Check check, Optional<Severity> producer,
        Optional<Severity> consumer, Map<String, Form> forms, List<String> messages, String source, String summary,
        Optional<String> note) {

    /** Who checks a rule. */
    public enum Check {
        /** The validator checks it on files. */
        VALIDATOR,
        /**
         * The validator checks it as a safety net: it fires only when the typed model refuses a row whose fields
         * passed their own checks, which no known input does.
         */
        SAFETY_NET,
        /** The writer enforces it; files are not checked for it. */
        WRITER,
        /** Behaviour of an importer; not checkable from files. */
        IMPORTER,
        /** Outside the files altogether (transport, conformance process). */
        OUTSIDE,
        /**
         * 給付管理: checked by careplan-benefit ({@code careplan check-annex}) on a 第7表 against its recomputation,
         * not by the conformance validator; the severities are those it reports, the texts live with its rules.
         */
        BENEFIT;

        /** True when the validator reports the rule. */
        public boolean checked() {
            return this == VALIDATOR || this == SAFETY_NET;
        }
    }

    /**
     * A message of a rule with severities of its own.
     *
     * @param producer its severity under the producer profile
     * @param consumer its severity under the consumer profile
     */
    public record Form(Severity producer, Severity consumer) {
        /** Checks that nothing is null. */
        public Form {
            Objects.requireNonNull(producer, "producer");
            Objects.requireNonNull(consumer, "consumer");
        }
    }

    /** Copies the collections and checks that nothing is null. */
    public CatalogueRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(consumer, "consumer");
        forms = Map.copyOf(forms);
        messages = List.copyOf(messages);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(note, "note");
    }

    /** True when the validator reports this rule. */
    public boolean checked() {
        return check.checked();
    }

    /** The default severity of the rule (its messages without a form of their own) under a profile. */
    public Optional<Severity> severity(ValidationProfile profile) {
        return profile == ValidationProfile.PRODUCER ? producer : consumer;
    }

    /** The default severity of one of the rule's messages under a profile. */
    public Optional<Severity> severity(ValidationProfile profile, String message) {
        Form f = forms.get(message);
        if (f != null) {
            return Optional.of(profile == ValidationProfile.PRODUCER ? f.producer() : f.consumer());
        }
        return severity(profile);
    }

    /** True when some message of the rule is a WARNING under some profile. */
    public boolean hasWarningForm() {
        return producer.filter(Severity.WARNING::equals).isPresent()
                || consumer.filter(Severity.WARNING::equals).isPresent()
                || forms.values().stream().anyMatch(f -> f.producer() == Severity.WARNING
                        || f.consumer() == Severity.WARNING);
    }

    /** True when some message of the rule is an ERROR under some profile. */
    public boolean hasErrorForm() {
        return producer.filter(Severity.ERROR::equals).isPresent()
                || consumer.filter(Severity.ERROR::equals).isPresent()
                || forms.values().stream().anyMatch(f -> f.producer() == Severity.ERROR
                        || f.consumer() == Severity.ERROR);
    }
}
