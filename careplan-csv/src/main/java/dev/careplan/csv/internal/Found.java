package dev.careplan.csv.internal;

import dev.careplan.csv.FileReport;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.model.validation.Location;
import dev.careplan.model.validation.Severity;
import dev.careplan.model.validation.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects violations for one file under a policy. A check names the rule and the message ({@code RULE-ID.name}
 * in the catalogue) and gives the message's named arguments; the policy decides the severity from the rule
 * catalogue (or drops the finding). The text is rendered only when asked for ({@link Violation#message}).
 *
 * <p>A file's findings can be capped: past the cap they are only counted, per rule and severity, so that a file with a
 * defect on every one of millions of rows costs constant memory and its verdict stays right.
 */
public final class Found {
    private final String file;
    private final ValidationPolicy policy;
    private final List<Violation> sink;
    private final int cap;
    /** Findings past the cap, per rule and severity in order of first occurrence. */
    private final Map<String, FileReport.Omitted> omitted = new LinkedHashMap<>();

    /** Collects every finding into {@code sink}. */
    public Found(String file, ValidationPolicy policy, List<Violation> sink) {
        this(file, policy, sink, Integer.MAX_VALUE);
    }

    /** Collects findings into {@code sink} while it holds fewer than {@code cap}, and counts the rest. */
    public Found(String file, ValidationPolicy policy, List<Violation> sink, int cap) {
        this.file = file;
        this.policy = policy;
        this.sink = sink;
        this.cap = cap;
    }

    /** The findings past the cap, counted per rule and severity. */
    public List<FileReport.Omitted> omitted() {
        return List.copyOf(omitted.values());
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
        if (full(found.ruleId(), s.get())) {
            return;
        }
        Location at = Location.ofRecord(file, record, line);
        sink.add(found.at(s.get(), f.map(spec -> at.atField(spec.no(), spec.nameJa(), spec.javaName())).orElse(at)));
    }

    private void add(String rule, String message, Location at, Map<String, String> args) {
        Optional<Severity> s = policy.severity(rule, message);
        if (s.isPresent() && !full(rule, s.get())) {
            sink.add(new Violation(rule, s.get(), at, rule + "." + message, args));
        }
    }

    /** True, and the finding counted, when the sink is at its cap. */
    private boolean full(String rule, Severity severity) {
        if (sink.size() < cap) {
            return false;
        }
        omitted.merge(rule + "\t" + severity, new FileReport.Omitted(rule, severity, 1),
                (a, b) -> new FileReport.Omitted(rule, severity, a.count() + 1));
        return true;
    }
}
