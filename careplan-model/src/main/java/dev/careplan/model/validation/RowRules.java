package dev.careplan.model.validation;

import dev.careplan.model.LayoutField;
import dev.careplan.model.internal.CrossFieldRules;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import dev.careplan.model.kyotaku.SupplementaryUserRecord;
import dev.careplan.model.kyotaku.WeeklyServicePlanRecord;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cross-field rules of one row, checked directly: the same rules, messages and rule ids as the Jakarta
 * constraints of the records ({@link CareplanValidator}), without the engine's per-object overhead. For readers
 * that check millions of rows (the CSV validator); single-field forms are left to the caller, which checks them on
 * the text.
 */
public final class RowRules {

    private static final Map<Class<?>, Map<String, LayoutField>> FIELDS = new ConcurrentHashMap<>();

    private RowRules() {
    }

    /** The cross-field rules the row breaks; empty when it keeps them all. */
    public static List<Violation> check(CareplanRecord row) {
        List<Violation> out = new ArrayList<>(1);
        if (row instanceof ServiceUseRecord r) {
            add(out, r, "FLD-TAIS", false, "equipmentCodeRequired", CrossFieldRules.equipmentCode(r));
            add(out, r, "MON-004", false, "serviceDateInMonth", CrossFieldRules.serviceDateInMonth(r));
            add(out, r, "MON-005", true, "proratedDaysInMonth", CrossFieldRules.proratedDaysInMonth(r));
            add(out, r, "FLD-MEISAI", true, "detailSeqOnlyForRental", CrossFieldRules.detailSeqOnlyForRental(r));
            add(out, r, "FLD-TIMEORDER", true, "endNotBeforeStart", CrossFieldRules.timeOrder(r));
        } else if (row instanceof ServiceUseAnnexRecord r) {
            add(out, r, "FLD-TAIS", false, "equipmentCodeRequired", CrossFieldRules.equipmentCode(r));
            add(out, r, "FLD-7SUB", false, "summaryRowShape", CrossFieldRules.summaryRowShape(r));
            if (r.officeCode().isPresent() && !CrossFieldRules.allNines(r.officeCode().get())) {
                add(out, r, "FLD-7FIXED", true, "allNines", Optional.of("officeCode"));
            }
        } else if (row instanceof SupplementaryUserRecord r) {
            add(out, r, "MON-003", false, "supplementLink", CrossFieldRules.supplementLink(r));
            add(out, r, "FLD-SLOT", true, "limitSlotsInOrder", CrossFieldRules.limitSlotsInOrder(r));
        } else if (row instanceof WeeklyServicePlanRecord r) {
            add(out, r, "FLD-TIMEORDER", true, "endNotBeforeStart", CrossFieldRules.timeOrder(r));
        }
        return out;
    }

    private static void add(List<Violation> out, Object row, String rule, boolean warning, String key,
            Optional<String> field) {
        if (field.isEmpty()) {
            return;
        }
        String javaName = field.get();
        Optional<LayoutField> lf = Optional.ofNullable(fields(row.getClass()).get(javaName));
        out.add(new Violation(rule, warning ? Severity.WARNING : Severity.ERROR, Location.inObject(javaName,
                Optional.empty(), lf.map(LayoutField::no), lf.map(LayoutField::ja), Optional.of(javaName)),
                "careplan." + key, Map.of()));
    }

    private static Map<String, LayoutField> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            Map<String, LayoutField> m = new java.util.HashMap<>();
            for (RecordComponent c : t.getRecordComponents()) {
                LayoutField lf = c.getAnnotation(LayoutField.class);
                if (lf != null) {
                    m.put(c.getName(), lf);
                }
            }
            return m;
        });
    }
}
