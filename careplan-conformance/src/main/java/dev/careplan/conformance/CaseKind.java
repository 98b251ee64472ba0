package dev.careplan.conformance;

/** Whether a corpus case is a conformant delivery under a profile (適合) or one that must be refused (不適合). */
public enum CaseKind {
    /** No ERROR under the profile: an exporter may write it, an importer must accept it. */
    VALID,
    /** At least one ERROR under the profile: an importer must refuse it. */
    INVALID;

    /** The kind of a case whose validation reported {@code errors} ERRORs. */
    static CaseKind ofErrors(boolean errors) {
        return errors ? INVALID : VALID;
    }
}
