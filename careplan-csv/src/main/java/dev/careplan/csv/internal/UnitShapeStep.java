package dev.careplan.csv.internal;

import dev.careplan.model.FileKind;
import java.util.Map;

/** The unit's kinds form a send unit of the standard (SU-001), and delete files form a unit of their own (SU-003). */
final class UnitShapeStep implements UnitStep {
    @Override
    public void check(UnitContext u) {
        if (u.kinds.stream().anyMatch(FileKind::isDeletion) && u.kinds.size() > 1) {
            u.found().file("SU-003", "deletesAlone");
        } else if (!u.unit.hasAllowedShape()) {
            u.found().file("SU-001", "shape", Map.of("kinds", UnitChecker.prefixes(u.kinds)));
        }
    }
}
