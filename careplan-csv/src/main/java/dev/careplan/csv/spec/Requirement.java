package dev.careplan.csv.spec;

/** Whether a field must be filled (必須 column of the layout). */
public enum Requirement {
    /** ○: required; an empty value is an ERROR (FLD-REQ). */
    REQUIRED,
    /**
     * ○ whose placement in the source is AMBIGUOUS (pack mark {@code A}): reported as {@code FLD-REQ.ambiguous}, an
     * ERROR for a producer and a WARNING for a consumer (docs/rules.md).
     */
    REQUIRED_AMBIGUOUS,
    /**
     * A doubtful mark the layout recommends treating as required (pack mark {@code W}, e.g. 第6表 No.7/8): graded
     * like {@link #REQUIRED_AMBIGUOUS}.
     */
    REQUIRED_WARNING,
    /** Required under a condition checked by its own rule (TAIS or 届出コード for kinds 17/67: FLD-TAIS). */
    CONDITIONAL,
    /** May be empty. */
    OPTIONAL;

    /** True for the marks whose empty value the profile grades (FLD-REQ.ambiguous). */
    public boolean isDoubtful() {
        return this == REQUIRED_AMBIGUOUS || this == REQUIRED_WARNING;
    }
}
