package dev.careplan.csv.internal;

import dev.careplan.csv.spec.FieldSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The relation keys of the records, as the pack declares them by field name: what each record offers to, or needs
 * from, the other files of its send unit (collected in {@link FileFacts} for REL-001 to REL-004, judged per unit),
 * and keys seen twice in one file (REL-005). Every record that reached this step gives its key, whatever is wrong
 * with its other fields.
 */
final class RelationKeyStep implements FileStep {
    private List<FieldSpec> key = List.of();
    private FieldSpec planDate;
    private FieldSpec month;
    private FieldSpec image;
    private final Set<String> seen = new HashSet<>();
    private String lastMonthKey = "";

    @Override
    public void layout(FileContext c) {
        key = c.pack.relationKey(c.layout.kind());
        if (!key.isEmpty() && (key.size() < 3 || !key.get(0).javaName().equals("insurerNumber")
                || !key.get(1).javaName().equals("insuredNumber"))) {
            throw new IllegalStateException("the relation key of " + c.layout.kind().prefix()
                    + " must start with insurerNumber, insuredNumber");
        }
        switch (c.layout.kind()) {
            case UPHOSOKU -> {
                planDate = c.layout.require("planCreatedDate");
                month = c.layout.require("targetYearMonth");
            }
            case UPKIHON -> image = c.layout.require("familyImageFileName");
            default -> {
            }
        }
    }

    @Override
    public boolean record(FileContext c) {
        if (key.isEmpty()) {
            return true;
        }
        FileFacts facts = c.facts;
        long[] at = {c.number, c.line};
        switch (c.layout.kind()) {
            case UP1KYO -> unique(c, facts.planKeys, c.key(key));
            case UP2KYO, UP3KYO -> facts.needsPlan.putIfAbsent(c.key(key), at);
            case UPHOSOKU -> {
                String m = c.text(month);
                if (m.equals("000000")) {
                    facts.planBoundSupplement = true;
                    facts.needsPlan.putIfAbsent(c.user() + "|" + c.text(planDate), at);
                } else {
                    facts.needsMonth.putIfAbsent(c.user() + "|" + m, at);
                }
                unique(c, null, c.key(key));
            }
            case UPKIHON -> {
                unique(c, facts.basicInfoKeys, c.key(key));
                if (!c.text(image).isEmpty()) {
                    facts.imagesNamed.putIfAbsent(c.text(image), at);
                }
            }
            case UPKIHON_SUB1, UPKIHON_SUB2 -> facts.needsBasicInfo.putIfAbsent(c.key(key), at);
            case UPYOBO -> unique(c, facts.preventivePlanKeys, c.key(key));
            case UPYOBO_SUB -> facts.needsPreventivePlan.putIfAbsent(c.key(key), at);
            case UPPLAN -> {
                // Rows come grouped by user and month: add a key only when it changes.
                String k = c.key(key);
                if (!k.equals(lastMonthKey)) {
                    facts.monthKeys.add(k);
                    lastMonthKey = k;
                }
            }
            case UPSIKYU -> facts.needsMonth.putIfAbsent(c.key(key), at);
            default -> {
            }
        }
        return true;
    }

    /** A parent record's key: offered to the unit ({@code into}, when not null) and unique in the file (REL-005). */
    private void unique(FileContext c, Set<String> into, String k) {
        if (into != null) {
            into.add(k);
        }
        if (!seen.add(k)) {
            c.found.record("REL-005", "duplicate", c.number, c.line);
        }
    }
}
