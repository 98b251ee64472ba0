package dev.careplan.csv.internal;

import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.Violation;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.model.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Collects violations for one file under a policy. A check names the rule and the message ({@code RULE-ID.name}
 * in the catalogue) and gives the message's arguments; the policy decides the severity from the rule catalogue (or
 * drops the finding), and the text comes from the bundles. Keeps the construction of {@link Violation} records in
 * one place.
 */
public final class Found {
    private final String file;
    private final ValidationPolicy policy;
    private final List<Violation> sink;

    public Found(String file, ValidationPolicy policy, List<Violation> sink) {
        this.file = file;
        this.policy = policy;
        this.sink = sink;
    }

    public String file() {
        return file;
    }

    public List<Violation> violations() {
        return sink;
    }

    /** A breach of the file as a whole. */
    public void file(String rule, String message, Object... args) {
        add(rule, message, Optional.empty(), Optional.empty(), null, null, null, args);
    }

    /** A breach of a record as a whole. */
    public void record(String rule, String message, long record, long line, Object... args) {
        add(rule, message, Optional.of(record), Optional.of(line), null, null, null, args);
    }

    /** A breach of one field. */
    public void field(String rule, String message, long record, long line, FieldSpec f, Object... args) {
        add(rule, message, Optional.of(record), Optional.of(line), f, null, null, args);
    }

    /**
     * A breach found by the model's row rules, whose texts come from the model's bundles; {@code f} is empty for a
     * finding on the record as a whole.
     */
    public void model(String rule, String message, long record, long line, Optional<FieldSpec> f, String ja,
            String en) {
        add(rule, message, Optional.of(record), Optional.of(line), f.orElse(null), ja, en);
    }

    private void add(String rule, String message, Optional<Long> record, Optional<Long> line, FieldSpec f,
            String givenJa, String givenEn, Object... args) {
        Optional<Severity> s = policy.severity(rule, message);
        if (s.isEmpty()) {
            return;
        }
        String key = rule + "." + message;
        String ja = givenJa != null ? givenJa : RuleMessages.render(key, "ja", args);
        String en = givenEn != null ? givenEn : RuleMessages.render(key, "en", args);
        String nameJa = f == null ? "" : f.nameJa() + "（No." + f.no() + "）：";
        String nameEn = f == null ? "" : f.nameJa() + " (No." + f.no() + ", " + f.javaName() + "): ";
        sink.add(new Violation(rule, s.get(), file, record, line,
                f == null ? Optional.empty() : Optional.of(f.no()),
                f == null ? Optional.empty() : Optional.of(f.nameJa()),
                f == null ? Optional.empty() : Optional.of(f.javaName()),
                nameJa + ja, nameEn + en));
    }
}
