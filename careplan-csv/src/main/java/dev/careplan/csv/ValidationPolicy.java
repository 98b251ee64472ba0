package dev.careplan.csv;

import dev.careplan.model.validation.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Strictness as data (検証ポリシー): a {@link ValidationProfile} whose severities the rule catalogue
 * ({@link RuleCatalogue}) gives, with optional per-rule overrides. Use {@link #producer()} to validate your own
 * files before sending them, {@link #consumer()} to check received files before importing them; the catalogue
 * (and {@code docs/rules.md}) lists every difference between the two.
 *
 * <p>An override names a rule id ({@code FLD-REQ}) or one message of a rule ({@code FLD-REQ.ambiguous}); the
 * message override wins.
 */
public final class ValidationPolicy {

    /**
     * Former pseudo rule id under which the required fields whose mark is AMBIGUOUS were graded.
     *
     * @deprecated the profiles grade them ({@code FLD-REQ.ambiguous} in the catalogue); {@code with} maps this id
     *             to that message
     */
    @Deprecated(since = "0.1.0")
    public static final String AMBIGUOUS_REQUIRED = "FLD-REQ(AMB)";

    private final String name;
    private final ValidationProfile profile;
    private final Map<String, Optional<Severity>> overrides;

    private ValidationPolicy(String name, ValidationProfile profile, Map<String, Optional<Severity>> overrides) {
        this.name = name;
        this.profile = profile;
        this.overrides = Map.copyOf(overrides);
    }

    /** The policy of a profile, without overrides. */
    public static ValidationPolicy of(ValidationProfile profile) {
        Objects.requireNonNull(profile, "profile");
        return new ValidationPolicy(profile.name().toLowerCase(java.util.Locale.ROOT), profile, Map.of());
    }

    /** The producer profile: for your own files before sending (strict). */
    public static ValidationPolicy producer() {
        return of(ValidationProfile.PRODUCER);
    }

    /** The consumer profile: for received files before importing. */
    public static ValidationPolicy consumer() {
        return of(ValidationProfile.CONSUMER);
    }

    /**
     * The strict default.
     *
     * @deprecated renamed by who runs it: use {@link #producer()}
     */
    @Deprecated(since = "0.1.0")
    public static ValidationPolicy strict() {
        return producer();
    }

    /**
     * The lenient import preset.
     *
     * @deprecated renamed by who runs it: use {@link #consumer()}
     */
    @Deprecated(since = "0.1.0")
    public static ValidationPolicy lenientImport() {
        return consumer();
    }

    /**
     * This policy with a rule, or one message of a rule ({@code RULE-ID.name}), set to a severity.
     *
     * @throws IllegalArgumentException when the rule is not in the catalogue
     */
    public ValidationPolicy with(String ruleId, Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return override(ruleId, Optional.of(severity), "+");
    }

    /**
     * This policy with a rule, or one message of a rule, switched off.
     *
     * @throws IllegalArgumentException when the rule is not in the catalogue
     */
    public ValidationPolicy without(String ruleId) {
        return override(ruleId, Optional.empty(), "-");
    }

    private ValidationPolicy override(String ruleId, Optional<Severity> severity, String sign) {
        @SuppressWarnings("deprecation")
        String key = AMBIGUOUS_REQUIRED.equals(Objects.requireNonNull(ruleId, "ruleId")) ? "FLD-REQ.ambiguous"
                : ruleId;
        int dot = key.indexOf('.');
        RuleCatalogue.v41().require(dot < 0 ? key : key.substring(0, dot));
        Map<String, Optional<Severity>> m = new HashMap<>(overrides);
        m.put(key, severity);
        return new ValidationPolicy(name + sign + key, profile, m);
    }

    /** The policy's name: {@code producer}, {@code consumer}, or derived from one with its overrides. */
    public String name() {
        return name;
    }

    /** The profile whose severities this policy starts from. */
    public ValidationProfile profile() {
        return profile;
    }

    /**
     * The severity of one message of a rule under this policy: its override, else the catalogue's default for the
     * profile; empty when the rule is switched off or not checked.
     *
     * @throws IllegalArgumentException when the rule is not in the catalogue
     */
    public Optional<Severity> severity(String ruleId, String message) {
        if (overrides.isEmpty()) {
            return RuleCatalogue.v41().require(ruleId).severity(profile, message);
        }
        Optional<Severity> o = overrides.get(ruleId + "." + message);
        if (o == null) {
            o = overrides.get(ruleId);
        }
        return o != null ? o : RuleCatalogue.v41().require(ruleId).severity(profile, message);
    }
}
