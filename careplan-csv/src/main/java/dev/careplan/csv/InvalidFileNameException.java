package dev.careplan.csv;

import dev.careplan.model.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link FileNameCheck#orThrow()} when a name breaks the file-name grammar; lists every rule. */
public final class InvalidFileNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** @param name the rejected name (office numbers and dates only: no personal data) */
    public InvalidFileNameException(String name, List<Violation> violations) {
        super("not a file name of the care-plan standard: " + name + ": " + violations.stream()
                .map(v -> v.ruleId() + " " + v.messageEn()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** The broken rules. */
    public List<Violation> violations() {
        return violations;
    }
}
