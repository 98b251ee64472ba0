package dev.careplan.csv.internal;

import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.Violation;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.model.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Collects violations for one file under a policy: the policy decides each rule's severity or drops it. Keeps the
 * construction of {@link Violation} records in one place.
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
    public void file(String rule, Severity proposed, String ja, String en) {
        add(rule, rule, proposed, Optional.empty(), Optional.empty(), null, ja, en);
    }

    /** A breach of a record as a whole. */
    public void record(String rule, Severity proposed, long record, long line, String ja, String en) {
        add(rule, rule, proposed, Optional.of(record), Optional.of(line), null, ja, en);
    }

    /** A breach of one field. */
    public void field(String rule, Severity proposed, long record, long line, FieldSpec f, String ja, String en) {
        field(rule, rule, proposed, record, line, f, ja, en);
    }

    /** A breach of one field graded under {@code policyKey} but reported as {@code rule}. */
    public void field(String rule, String policyKey, Severity proposed, long record, long line, FieldSpec f,
            String ja, String en) {
        add(rule, policyKey, proposed, Optional.of(record), Optional.of(line), f, ja, en);
    }

    private void add(String rule, String policyKey, Severity proposed, Optional<Long> record, Optional<Long> line,
            FieldSpec f, String ja, String en) {
        Optional<Severity> s = policy.severity(policyKey, proposed);
        if (s.isEmpty()) {
            return;
        }
        String nameJa = f == null ? "" : f.nameJa() + "（No." + f.no() + "）：";
        String nameEn = f == null ? "" : f.nameJa() + " (No." + f.no() + ", " + f.javaName() + "): ";
        sink.add(new Violation(rule, s.get(), file, record, line,
                f == null ? Optional.empty() : Optional.of(f.no()),
                f == null ? Optional.empty() : Optional.of(f.nameJa()),
                f == null ? Optional.empty() : Optional.of(f.javaName()),
                nameJa + ja, nameEn + en));
    }
}
