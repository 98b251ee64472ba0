package dev.careplan.csv.internal;

/**
 * One concern of checking a file (version, syntax, fields, months, relation keys, …), run by {@link FileChecker}
 * on every record in turn. A step keeps only its own state; what several steps need is in the {@link FileContext}.
 * A rule is checked in exactly one step.
 */
interface FileStep {

    /** Called once, when the file's layout is known; never for a file whose kind has no layout. */
    default void layout(FileContext c) {
    }

    /**
     * Checks the context's current record. Returns false when the record cannot be read any further (a blank line,
     * a broken record): the steps after this one then skip it.
     */
    boolean record(FileContext c);

    /** Called once after the last record. */
    default void finish(FileContext c) {
    }
}
