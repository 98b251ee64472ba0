package dev.careplan.model.validation;

/** How serious a violation is (docs/rules.md: E = error, W = warning, I = info). */
public enum Severity {
    /** The file or record does not conform; a receiver should not import it as is. */
    ERROR,
    /** Doubtful or against a recommendation; importable, but worth a look. */
    WARNING,
    /** For information only. */
    INFO
}
