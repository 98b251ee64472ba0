package dev.careplan.csv.internal;

import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import java.util.HashSet;
import java.util.Set;

/**
 * The 居宅 plan and 利用票 relations of a unit: a 利用者補足情報 in the right kind of unit (FN-012), and every
 * dependent record's parent record in the unit (REL-001 for 第1表, REL-002 for 第6表). A parent file missing
 * altogether is SU-002's, not one breach per dependent record; a file that is a second of its kind (OUT-001) or
 * misplaced (FN-012) takes no part; records are not matched by month when the unit's months disagree (SU-004).
 */
final class PlanRelationStep implements UnitStep {
    @Override
    public void check(UnitContext u) {
        if (u.maybeIncomplete || u.anyUnreadable()) {
            return;
        }
        Set<String> planKeys = new HashSet<>();
        Set<String> monthKeys = new HashSet<>();
        for (CareplanFileName n : u.unit.files()) {
            planKeys.addAll(u.facts(n).planKeys);
            monthKeys.addAll(u.facts(n).monthKeys);
        }
        boolean usageUnit = u.kinds.contains(FileKind.UPPLAN) || u.kinds.contains(FileKind.UPSIKYU);
        boolean planUnit = u.kinds.contains(FileKind.UP1KYO) || u.kinds.contains(FileKind.UP2KYO)
                || u.kinds.contains(FileKind.UP3KYO);
        for (CareplanFileName n : u.unit.files()) {
            if (u.extras.contains(n.format())) {
                continue;
            }
            FileFacts ff = u.facts(n);
            Found f = u.found(n);
            if (n.kind() == FileKind.UPHOSOKU) {
                boolean planBound = n.monthSegment().filter("000000"::equals).isPresent();
                // In the other kind of unit the supplement is misplaced; in a unit of its own kind that lacks the
                // anchor, the unit is incomplete (SU-002 names the missing file).
                if (planBound ? usageUnit && !planUnit : planUnit && !usageUnit) {
                    f.file("FN-012", planBound ? "planBound" : "monthBound");
                    continue;
                }
            }
            if (u.kinds.contains(FileKind.UP1KYO)) {
                ff.needsPlan.forEach((key, at) -> {
                    if (!planKeys.contains(key)) {
                        f.record("REL-001", "noPlan", at[0], at[1]);
                    }
                });
            }
            if (!u.monthsDisagree && u.kinds.contains(FileKind.UPPLAN)) {
                ff.needsMonth.forEach((key, at) -> {
                    if (!monthKeys.contains(key)) {
                        f.record("REL-002", "noMonth", at[0], at[1]);
                    }
                });
            }
        }
    }
}
