package dev.careplan.csv.internal;

import dev.careplan.model.CareplanFileName;
import java.util.Optional;

/** SU-004: all month-bearing files of a unit carry the same month. */
final class UnitMonthStep implements UnitStep {
    @Override
    public void check(UnitContext u) {
        long months = u.unit.files().stream().map(CareplanFileName::month).filter(Optional::isPresent).distinct()
                .count();
        if (months > 1) {
            u.found().file("SU-004", "months");
            u.monthsDisagree = true;
        }
    }
}
