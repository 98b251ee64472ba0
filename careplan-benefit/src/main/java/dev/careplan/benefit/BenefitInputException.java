package dev.careplan.benefit;

import java.util.Optional;

/**
 * Input that 給付管理 cannot work on (e.g. 実績 of another month than the plan, a file that cannot be read as its
 * kind, an unusable service-code master line). The message names the file, record and field where known and never
 * contains a field value: care data is personal data.
 */
public final class BenefitInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;

    /** An error not tied to one file. */
    public BenefitInputException(String message) {
        super(message);
        this.file = null;
    }

    /** An error in {@code file}; the message should name the record and field. */
    public BenefitInputException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    /** The file concerned, when the error is tied to one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }
}
