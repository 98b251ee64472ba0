package dev.careplan.csv.internal;

import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.model.validation.Location;
import dev.careplan.model.validation.Severity;
import dev.careplan.model.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects violations for one file under a policy. A check names the rule and the message ({@code RULE-ID.name}
 * in the catalogue) and gives the message's named arguments; the policy decides the severity from the rule
 * catalogue (or drops the finding). The text is rendered only when asked for ({@link Violation#message}).
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
    public void file(String rule, String message) {
        file(rule, message, Map.of());
    }

    /** A breach of the file as a whole, with the message's arguments. */
    public void file(String rule, String message, Map<String, String> args) {
        add(rule, message, Location.ofFile(file), args);
    }

    /** A breach of a record as a whole. */
    public void record(String rule, String message, long record, long line) {
        record(rule, message, record, line, Map.of());
    }

    /** A breach of a record as a whole, with the message's arguments. */
    public void record(String rule, String message, long record, long line, Map<String, String> args) {
        add(rule, message, Location.ofRecord(file, record, line), args);
    }

    /** A breach of one field. */
    public void field(String rule, String message, long record, long line, FieldSpec f) {
        field(rule, message, record, line, f, Map.of());
    }

    /** A breach of one field, with the message's arguments. */
    public void field(String rule, String message, long record, long line, FieldSpec f, Map<String, String> args) {
        add(rule, message, Location.ofRecord(file, record, line).atField(f.no(), f.nameJa(), f.javaName()), args);
    }

    /**
     * A finding of the model's row rules on a record of this file, on one of its fields or the record as a whole.
     * The model's rules have one severity per profile (no forms), so the rule's default applies.
     */
    public void model(Violation found, long record, long line, Optional<FieldSpec> f) {
        Optional<Severity> s = policy.severity(found.ruleId(), "");
        if (s.isEmpty()) {
            return;
        }
        Location at = Location.ofRecord(file, record, line);
        sink.add(found.at(s.get(), f.map(spec -> at.atField(spec.no(), spec.nameJa(), spec.javaName())).orElse(at)));
    }

    private void add(String rule, String message, Location at, Map<String, String> args) {
        Optional<Severity> s = policy.severity(rule, message);
        if (s.isPresent()) {
            sink.add(new Violation(rule, s.get(), at, rule + "." + message, args));
        }
    }
}
