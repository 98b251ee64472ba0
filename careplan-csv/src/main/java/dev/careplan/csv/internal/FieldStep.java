package dev.careplan.csv.internal;

import dev.careplan.csv.RawField;
import dev.careplan.csv.spec.FieldSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Every field on its own against its spec ({@link FieldChecks}: FLD-REQ, FLD-LEN, FLD-DATE, VER-001, …); notes
 * the fields that failed, so that later steps neither compare nor type them.
 */
final class FieldStep implements FileStep {

    @Override
    public boolean record(FileContext c) {
        List<Integer> failed = List.of();
        boolean deletion = c.layout.kind().isDeletion();
        List<RawField> fields = c.record.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec spec = c.layout.field(i + 1);
            RawField field = fields.get(i);
            // An empty doubtful field is reported (FLD-REQ) and may keep the row from being typed.
            if (!FieldChecks.check(c.found, c.number, c.line, spec, field, deletion)
                    || (field.isEmpty() && spec.requirement().isDoubtful())) {
                if (failed.isEmpty()) {
                    failed = new ArrayList<>(2);
                }
                failed.add(i + 1);
            }
        }
        c.failed = failed;
        return true;
    }
}
