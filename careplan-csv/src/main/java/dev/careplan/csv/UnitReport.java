package dev.careplan.csv;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one send unit.
 *
 * @param unit     the unit
 * @param complete whether it has every file its shape needs (SU-002)
 */
public record UnitReport(SendUnit unit, boolean complete) {
    /** Checks the unit. */
    public UnitReport {
        Objects.requireNonNull(unit, "unit");
    }

    /** The unit's file names. */
    public List<String> files() {
        return unit.fileNames();
    }
}
