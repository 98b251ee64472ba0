package dev.careplan.csv.internal;

import dev.careplan.model.FileKind;
import java.util.Map;
import java.util.Set;

/**
 * SU-002: the unit has every file its kind needs, and the report names the missing kinds. Not judged when a
 * misnamed file of the delivery may be the missing member: its name rule is then the one defect.
 */
final class CompletenessStep implements UnitStep {
    @Override
    public void check(UnitContext u) {
        Set<FileKind> missing = u.unit.missingKinds();
        if (!missing.isEmpty() && !u.maybeIncomplete) {
            u.found().file("SU-002", "incomplete", Map.of("missing", UnitChecker.prefixes(missing)));
        }
    }
}
