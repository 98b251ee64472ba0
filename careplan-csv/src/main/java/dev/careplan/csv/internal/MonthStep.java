package dev.careplan.csv.internal;

import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.FileKind;
import java.util.Map;
import java.util.Optional;

/**
 * The service month of the records, from the field the pack declares for the kind: one month per file (MON-001),
 * the file name's month (MON-002), and the CSVバージョン in force for that month (VER-004).
 */
final class MonthStep implements FileStep {
    private Optional<FieldSpec> month = Optional.empty();
    private String firstMonth;
    private boolean versionChecked;

    @Override
    public void layout(FileContext c) {
        month = c.pack.monthField(c.layout.kind());
    }

    @Override
    public boolean record(FileContext c) {
        if (month.isEmpty()) {
            return true;
        }
        FieldSpec mf = month.get();
        String m = c.text(mf);
        if (m.isEmpty() || c.failed.contains(mf.no())) {
            // A month that is no month is reported by its own rule (FLD-YM); comparing it adds nothing.
            return true;
        }
        boolean mixed = false;
        if (firstMonth == null) {
            firstMonth = m;
        } else if (!firstMonth.equals(m) && c.layout.kind() != FileKind.UPHOSOKU) {
            c.found.field("MON-001", "mixed", c.number, c.line, mf);
            mixed = true;
        }
        // A record of a second month breaks MON-001; that it also differs from the name is the same defect.
        if (!mixed && c.name.isPresent() && c.name.get().monthSegment().isPresent()
                && !c.name.get().monthSegment().get().equals(m)) {
            c.found.field("MON-002", "nameMonth", c.number, c.line, mf);
        }
        // Once per file, on the first record that has both a version and a real month.
        if (!versionChecked && Dates.isMonth(m) && c.version.isPresent()
                && FieldChecks.knownVersion(c.version.get())) {
            versionChecked = true;
            Optional<CsvVersion> inForce = CsvVersion.inForceFor(Dates.month(m));
            if (inForce.isPresent() && !inForce.get().value().equals(c.version.get())
                    && !(c.version.get().equals("202504") && inForce.get().equals(CsvVersion.V4_1))) {
                c.found.record("VER-004", "notInForce", c.number, c.line,
                        Map.of("month", m, "version", inForce.get().value()));
            }
        }
        return true;
    }
}
