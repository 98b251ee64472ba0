package dev.careplan.csv.spec;

/** Whether a field must be filled (必須 column of the layout). */
public enum Requirement {
    /** ○: required; an empty value is an ERROR (FLD-REQ). */
    REQUIRED,
    /**
     * ○ whose placement in the source is AMBIGUOUS: a WARNING by default (rules.md FLD-REQ), graded by the policy
     * under {@code ValidationPolicy.AMBIGUOUS_REQUIRED}.
     */
    REQUIRED_AMBIGUOUS,
    /** Required as a warning (the layout's recommendation for doubtful marks, e.g. 第6表 No.7/8). */
    REQUIRED_WARNING,
    /** Required under a condition checked by its own rule (TAIS or 届出コード for kinds 17/67: FLD-TAIS). */
    CONDITIONAL,
    /** May be empty. */
    OPTIONAL;

    /** True for the marks that make an empty value a warning rather than an error by default. */
    public boolean isDoubtful() {
        return this == REQUIRED_AMBIGUOUS || this == REQUIRED_WARNING;
    }
}
