package dev.careplan.conformance;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing the kit found wrong in a scenario or case (不適合の指摘): which check, the rule id where the catalogue
 * has one, and what is wrong. Never a field's value: the files may hold personal data.
 *
 * @param check   the check that failed
 * @param ruleId  the catalogue's rule id, when the finding is a violation of one
 * @param message what is wrong, in English, with file names, record and field numbers
 */
public record Finding(Check check, Optional<String> ruleId, String message) {

    /** The kit's checks. */
    public enum Check {
        /** The files validate under the producer profile (exporter) — no ERROR. */
        VALIDATION,
        /** Every expected file is there, under a name of the standard, and no other. */
        FILE_NAMES,
        /** The files form the send units of the scenario: one sequence number per unit, every unit complete. */
        SEND_UNITS,
        /** The typed content read back equals the scenario (exporter) or the case (importer). */
        CONTENT,
        /** The importer accepts a conformant delivery and refuses one that breaks a rule. */
        VERDICT,
        /** The vendor's code threw instead of answering. */
        CRASH
    }

    /** Checks that nothing is null. */
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
    }

    /** A finding without a rule id. */
    public static Finding of(Check check, String message) {
        return new Finding(check, Optional.empty(), message);
    }

    /** A finding on a rule of the catalogue. */
    public static Finding onRule(Check check, String ruleId, String message) {
        return new Finding(check, Optional.of(ruleId), message);
    }

    /** One line: check, rule id where there is one, message. */
    public String line() {
        return check + ruleId.map(r -> " " + r).orElse("") + ": " + message;
    }
}
