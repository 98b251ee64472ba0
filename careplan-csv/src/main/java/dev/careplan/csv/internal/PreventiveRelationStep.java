package dev.careplan.csv.internal;

import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The 介護予防 annexes travel with and match their parent: the parent file is in the unit (FN-011), each 別表
 * record has its 利用者基本情報 (REL-003) or 支援計画書 (REL-004) record, and the family images named and delivered
 * are the same (REL-003).
 */
final class PreventiveRelationStep implements UnitStep {
    @Override
    public void check(UnitContext u) {
        if (u.maybeIncomplete) {
            return;
        }
        boolean readable = !u.anyUnreadable();
        Set<String> basicInfoKeys = new HashSet<>();
        Set<String> preventivePlanKeys = new HashSet<>();
        Map<String, long[]> imagesNamed = new HashMap<>();
        Set<FileKind> present = java.util.EnumSet.noneOf(FileKind.class);
        Set<String> names = new HashSet<>();
        for (CareplanFileName n : u.unit.files()) {
            FileFacts ff = u.facts(n);
            basicInfoKeys.addAll(ff.basicInfoKeys);
            preventivePlanKeys.addAll(ff.preventivePlanKeys);
            imagesNamed.putAll(ff.imagesNamed);
            present.add(n.kind());
            names.add(imageKey(n.format()));
        }
        for (CareplanFileName n : u.unit.files()) {
            Found f = u.found(n);
            FileFacts ff = u.facts(n);
            FileKind parent = switch (n.kind()) {
                case UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE -> FileKind.UPKIHON;
                case UPYOBO_SUB -> FileKind.UPYOBO;
                default -> null;
            };
            if (parent != null && !present.contains(parent)) {
                f.file("FN-011", "parentMissing", Map.of("parent", parent.prefix()));
                continue;
            }
            if (!readable) {
                continue;
            }
            ff.needsBasicInfo.forEach((key, at) -> {
                if (!basicInfoKeys.contains(key)) {
                    f.record("REL-003", "noBasicInfo", at[0], at[1]);
                }
            });
            ff.needsPreventivePlan.forEach((key, at) -> {
                if (!preventivePlanKeys.contains(key)) {
                    f.record("REL-004", "noPreventivePlan", at[0], at[1]);
                }
            });
            ff.imagesNamed.forEach((image, at) -> {
                if (!names.contains(imageKey(image))) {
                    f.record("REL-003", "imageMissing", at[0], at[1]);
                }
            });
            if (n.kind() == FileKind.UPKIHON_IMAGE && imagesNamed.keySet().stream()
                    .noneMatch(named -> imageKey(named).equals(imageKey(n.format())))) {
                f.file("REL-003", "imageUnnamed");
            }
        }
    }

    /** An image's name for matching: {@code .jpg} and {@code .JPG} are the same file (FN-008 accepts both). */
    private static String imageKey(String name) {
        return name.regionMatches(true, Math.max(0, name.length() - 4), ".jpg", 0, 4)
                ? name.substring(0, name.length() - 4) + ".jpg" : name;
    }
}
