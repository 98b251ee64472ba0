package dev.careplan.csv.internal;

import dev.careplan.csv.RawField;
import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.csv.spec.Layout;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.validation.RowRules;
import dev.careplan.model.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The row's cross-field rules, checked on the typed row by the model ({@link RowRules}; the single-field ones were
 * checked on the text). Fields that failed their own check are read as empty, so that one bad field does not hide
 * another rule's breach; a finding of a rule that reads a failed field is dropped, as it may stem from the blank
 * read in its place and that field is already reported.
 */
final class RowRulesStep implements FileStep {

    /** The fields each row rule reads ({@link RowRules#inputs}), as field numbers of this file's layout. */
    private final Map<String, Set<Integer>> inputs = new HashMap<>();
    private Layout layout;

    @Override
    public void layout(FileContext c) {
        inputs.clear();
        layout = c.layout;
    }

    /** The field numbers of this layout that the rule reads; computed on the rule's first finding. */
    private Set<Integer> inputs(String rule) {
        return inputs.computeIfAbsent(rule, r -> {
            Set<String> names = RowRules.inputs(r);
            Set<Integer> nos = new HashSet<>();
            for (FieldSpec f : layout.fields()) {
                String root = f.javaName().replaceFirst("[0-9]*\\..*$", "");
                if (names.contains(f.javaName()) || names.contains(root)) {
                    nos.add(f.no());
                }
            }
            return nos;
        });
    }

    @Override
    public boolean record(FileContext c) {
        if (c.codec.isEmpty()) {
            return true;
        }
        List<String> texts = new ArrayList<>(c.record.size());
        for (RawField field : c.record.fields()) {
            texts.add(field.text());
        }
        for (int no : c.failed) {
            texts.set(no - 1, "");
        }
        CareplanRecord row;
        try {
            row = c.codec.get().fromFields(texts);
        } catch (RuntimeException e) {
            if (c.failed.isEmpty()) {
                // A field the checks passed but the model refuses: the safety net of the catalogue (FLD-VALUE).
                c.found.record("FLD-VALUE", "untyped", c.number, c.line);
            }
            return true;
        }
        for (Violation mv : RowRules.check(row)) {
            if (!c.failed.isEmpty() && readsAny(mv.ruleId(), mv.field(), c.failed)) {
                continue;
            }
            c.found.model(mv, c.number, c.line, mv.field().map(c.layout::field));
        }
        return true;
    }

    /** Whether the rule read one of the failed fields; for a rule without inputs, whether it reported one of them. */
    private boolean readsAny(String rule, Optional<Integer> reported, List<Integer> failed) {
        if (RowRules.inputs(rule).isEmpty()) {
            return reported.isPresent() && failed.contains(reported.get());
        }
        Set<Integer> in = inputs(rule);
        return failed.stream().anyMatch(in::contains);
    }
}
