package dev.careplan.cli;

import dev.careplan.csv.FileReport;
import dev.careplan.csv.UnitReport;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** The text report of {@code careplan validate}: one block per file, one line per send unit, a summary. */
final class ValidationText {

    private ValidationText() {
    }

    static void print(ValidationReport report, Messages m, int maxPerFile, PrintWriter out) {
        String lang = m.lang().name();
        for (FileReport f : report.files()) {
            out.println(m.get(f.valid() ? "validate.fileOk" : "validate.fileNg", f.file(), f.records()));
            FileReport.Listing listed = f.limited(ValidationJson.cap(maxPerFile));
            for (Violation v : listed.listed()) {
                StringBuilder where = new StringBuilder();
                v.record().ifPresent(r -> where.append(m.get("validate.record", r)));
                v.line().ifPresent(l -> where.append(m.get("validate.line", l)));
                out.println("    " + v.severity() + " " + v.ruleId() + where + ": " + v.message(lang));
            }
            if (listed.omittedCount() > 0) {
                String rules = listed.omittedByRule().entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                        .collect(Collectors.joining(m.get("validate.moreSeparator")));
                out.println("    " + m.get("validate.more", listed.omittedCount(), rules));
            }
        }
        for (UnitReport u : report.units()) {
            out.println(m.get(u.complete() ? "validate.unit" : "validate.unitIncomplete",
                    u.unit().sequence().value(), u.unit().sender().toString(), u.unit().receiver().toString(),
                    u.files().size()));
        }
        long invalid = report.files().size() - report.validFiles();
        out.println(m.get("validate.summary", report.files().size(), report.validFiles(), invalid));
    }
}
