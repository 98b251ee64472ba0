package dev.careplan.csv.internal;

import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import java.util.Map;

/** OUT-001: one file per kind in a send unit (family images excepted); every further file is reported. */
final class OneFilePerKindStep implements UnitStep {
    @Override
    public void check(UnitContext u) {
        u.unit.byKind().forEach((kind, same) -> {
            if (kind != FileKind.UPKIHON_IMAGE && same.size() > 1) {
                for (CareplanFileName extra : same.subList(1, same.size())) {
                    u.found(extra).file("OUT-001", "twoFiles", Map.of("count", String.valueOf(same.size()),
                            "prefix", kind.prefix()));
                    u.extras.add(extra.format());
                }
            }
        });
    }
}
