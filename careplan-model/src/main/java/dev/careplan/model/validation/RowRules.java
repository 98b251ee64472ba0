package dev.careplan.model.validation;

import dev.careplan.model.LayoutField;
import dev.careplan.model.internal.RowRule;
import dev.careplan.model.kyotaku.CareplanRecord;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cross-field rules of one row, checked directly: the same rules, messages and rule ids as the Jakarta
 * constraints of the records ({@link CareplanValidator}), taken from those constraints, without the engine's
 * per-object overhead. For readers that check millions of rows (the CSV validator); single-field forms are left to
 * the caller, which checks them on the text.
 */
public final class RowRules {

    private static final Map<Class<?>, Map<String, LayoutField>> FIELDS = new ConcurrentHashMap<>();
    private static final RowRule[] RULES = RowRule.values();
    private static final Map<String, Set<String>> INPUTS = inputsByRule();

    private RowRules() {
    }

    /** The cross-field rules the row breaks; empty when it keeps them all. */
    public static List<Violation> check(CareplanRecord row) {
        List<Violation> out = new ArrayList<>(1);
        for (RowRule rule : RULES) {
            rule.check(row).ifPresent(javaName -> out.add(violation(row, rule, javaName)));
        }
        return out;
    }

    /**
     * The fields a cross-field rule reads, by Java name ({@code kindLimits} stands for every limit slot's fields);
     * empty for a rule id that is not one of these rules. A caller that read a field as empty because it was
     * malformed drops the findings of the rules that read it.
     */
    public static Set<String> inputs(String ruleId) {
        return INPUTS.getOrDefault(ruleId, Set.of());
    }

    private static Violation violation(CareplanRecord row, RowRule rule, String javaName) {
        Optional<LayoutField> lf = Optional.ofNullable(fields(row.getClass()).get(javaName));
        return new Violation(rule.ruleId(), rule.warning() ? Severity.WARNING : Severity.ERROR,
                Location.inObject(javaName, Optional.empty(), lf.map(LayoutField::no), lf.map(LayoutField::ja),
                        Optional.of(javaName)),
                rule.messageKey(), Map.of());
    }

    private static Map<String, Set<String>> inputsByRule() {
        Map<String, Set<String>> m = new HashMap<>();
        for (RowRule r : RULES) {
            m.merge(r.ruleId(), r.inputs(), (a, b) -> {
                Set<String> both = new HashSet<>(a);
                both.addAll(b);
                return Set.copyOf(both);
            });
        }
        return Map.copyOf(m);
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
