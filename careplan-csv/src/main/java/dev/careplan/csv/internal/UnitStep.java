package dev.careplan.csv.internal;

/**
 * One concern of checking a send unit (its shape, completeness, months, the relations between its files), run by
 * {@link UnitChecker} on every unit in turn. A rule is checked in exactly one step; what later steps must know of
 * an earlier finding (a file that is a second of its kind, months that disagree) is in the {@link UnitContext}.
 */
interface UnitStep {

    /** Checks the context's unit. */
    void check(UnitContext u);
}
