package dev.careplan.csv.spec;

/** Whether a field must be filled (必須 column of the layout). */
public enum Requirement {
    /** ○: required; an empty value is an ERROR (FLD-REQ). */
    REQUIRED,
    /** ○ whose placement in the source is AMBIGUOUS: ERROR under the strict policy, WARNING under lenient. */
    REQUIRED_AMBIGUOUS,
    /** Required as a warning (the layout's recommendation for doubtful marks, e.g. 第6表 No.7/8). */
    REQUIRED_WARNING,
    /** Required under a condition checked by its own rule (TAIS or 届出コード for kinds 17/67: FLD-TAIS). */
    CONDITIONAL,
    /** May be empty. */
    OPTIONAL
}
