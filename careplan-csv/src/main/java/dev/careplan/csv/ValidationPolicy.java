package dev.careplan.csv;

import dev.careplan.model.validation.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Strictness as data: the severity of each rule id, or off. {@link #strict()} (the default) uses the severities of
 * rules.md, with its "E in strict mode" rules (VER-004, SU-002) as errors. {@link #lenientImport()} is for a receiver
 * that wants to import what it safely can: VER-004 and SU-002 become warnings, and unquoted free text (CSV-003) and
 * record terminators (CSV-006) are not reported.
 *
 * <p>Required fields whose mark is AMBIGUOUS in the standard's text (補足 No.5–8, 第6表 No.6, 基本情報・予防計画書
 * No.6) are graded under {@link #AMBIGUOUS_REQUIRED}: a warning in both presets, as rules.md (FLD-REQ) sets it. The
 * layout notes lean the other way ("treat as required"); a receiver that wants them enforced uses
 * {@code strict().with(ValidationPolicy.AMBIGUOUS_REQUIRED, Severity.ERROR)}.
 */
public final class ValidationPolicy {

    /** Pseudo rule id under which AMBIGUOUS required fields are graded; reported as FLD-REQ. */
    public static final String AMBIGUOUS_REQUIRED = "FLD-REQ(AMB)";

    private final String name;
    private final Map<String, Optional<Severity>> overrides;

    private ValidationPolicy(String name, Map<String, Optional<Severity>> overrides) {
        this.name = name;
        this.overrides = Map.copyOf(overrides);
    }

    /** The strict default. */
    public static ValidationPolicy strict() {
        Map<String, Optional<Severity>> m = new HashMap<>();
        m.put("VER-004", Optional.of(Severity.ERROR));
        m.put("SU-002", Optional.of(Severity.ERROR));
        return new ValidationPolicy("strict", m);
    }

    /** The documented lenient-import preset. */
    public static ValidationPolicy lenientImport() {
        Map<String, Optional<Severity>> m = new HashMap<>();
        m.put("VER-004", Optional.of(Severity.WARNING));
        m.put("SU-002", Optional.of(Severity.WARNING));
        m.put("CSV-003", Optional.empty());
        m.put("CSV-006", Optional.empty());
        return new ValidationPolicy("lenient", m);
    }

    /** This policy with one rule set to a severity. */
    public ValidationPolicy with(String ruleId, Severity severity) {
        Map<String, Optional<Severity>> m = new HashMap<>(overrides);
        m.put(Objects.requireNonNull(ruleId), Optional.of(severity));
        return new ValidationPolicy(name + "+" + ruleId, m);
    }

    /** This policy with one rule switched off. */
    public ValidationPolicy without(String ruleId) {
        Map<String, Optional<Severity>> m = new HashMap<>(overrides);
        m.put(Objects.requireNonNull(ruleId), Optional.empty());
        return new ValidationPolicy(name + "-" + ruleId, m);
    }

    /** The policy's name: {@code strict}, {@code lenient}, or derived. */
    public String name() {
        return name;
    }

    /**
     * The severity of a rule under this policy, given the severity the rule itself proposes for this case; empty
     * when the rule is switched off.
     */
    public Optional<Severity> severity(String ruleId, Severity proposed) {
        Optional<Severity> o = overrides.get(ruleId);
        return o == null ? Optional.of(proposed) : o;
    }
}
