package dev.careplan.csv.internal;

import dev.careplan.csv.RawRecord;
import dev.careplan.csv.ReadIssue;
import dev.careplan.csv.spec.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reader met and the record's shape: encoding (ENC-001, ENC-002), quoting (CSV-002), separators (CSV-001),
 * terminators and blank lines (CSV-006), field count (CSV-004), header rows (CSV-005) and an empty file (CSV-007).
 * A record broken here goes no further: its fields are not where the layout puts them. A record beyond the reader's
 * bounds ({@link RecordSplitter#MAX_RECORD_BYTES}, {@link RecordSplitter#MAX_FIELDS}) is reported once and skipped.
 */
final class SyntaxStep implements FileStep {
    private boolean terminatorReported;
    /**
     * Blank lines not yet known to be inside the file (CSV-004) or at its end (CSV-006), as runs of consecutive ones
     * (a run's records and lines are consecutive): {first record, first line, count}. A file of nothing but blank
     * lines is one run, so this stays small.
     */
    private final List<long[]> pendingBlanks = new ArrayList<>(1);

    @Override
    public boolean record(FileContext c) {
        if (c.blank) {
            long[] last = pendingBlanks.isEmpty() ? null : pendingBlanks.get(pendingBlanks.size() - 1);
            if (last != null && last[0] + last[2] == c.number && last[1] + last[2] == c.line) {
                last[2]++;
            } else {
                pendingBlanks.add(new long[] {c.number, c.line, 1});
            }
            return false;
        }
        RawRecord r = c.record;
        if (!r.issues().isEmpty() && r.issues().get(0).field() == 0) {
            String rule = r.issues().get(0).ruleId();
            if (rule.equals(ReadIssue.QUOTE) || rule.equals(ReadIssue.FIELD_COUNT)) {
                c.found.record(rule, rule.equals(ReadIssue.QUOTE) ? "tooLong" : "tooManyFields", c.number, c.line,
                        Map.of("bytes", String.valueOf(RecordSplitter.MAX_RECORD_BYTES), "fields",
                                String.valueOf(RecordSplitter.MAX_FIELDS)));
                blankLinesInside(c);
                return false;
            }
        }
        String v = r.fields().get(0).text();
        boolean otherSeparator = c.layout != null && r.size() == 1 && c.layout.fieldCount() > 1
                && (v.indexOf('\t') >= 0 || v.indexOf(';') >= 0);
        boolean badQuotes = false;
        for (ReadIssue i : r.issues()) {
            if (i.ruleId().equals(ReadIssue.LINE_END)) {
                terminator(c, r.terminator());
            } else if (i.ruleId().equals(ReadIssue.QUOTE)) {
                // Quotes in a record split by tabs or semicolons are the separator's consequence (CSV-001); one
                // misplaced quote shifts every field after it, so it is reported once.
                if (!otherSeparator && !badQuotes) {
                    issue(c, i, "quote");
                }
                badQuotes = true;
            } else {
                issue(c, i, i.ruleId().equals(ReadIssue.UNDECODABLE) ? "undecodable" : "gaiji");
            }
        }
        blankLinesInside(c);
        if (c.layout == null) {
            return false;
        }
        if (otherSeparator) {
            c.found.record("CSV-001", "separator", c.number, c.line);
            return false;
        }
        if (badQuotes) {
            return false;
        }
        if (r.size() != c.layout.fieldCount()) {
            fieldCount(c, r.size(), c.number, c.line);
            return false;
        }
        if (!v.isEmpty() && !Character.isDigit(v.charAt(0))) {
            c.found.record("CSV-005", "header", c.number, c.line);
            return false;
        }
        return true;
    }

    private void issue(FileContext c, ReadIssue i, String message) {
        Optional<FieldSpec> spec = c.layout != null && i.field() > 0 && i.field() <= c.layout.fieldCount()
                ? Optional.of(c.layout.field(i.field())) : Optional.empty();
        if (spec.isPresent()) {
            c.found.field(i.ruleId(), message, c.number, c.line, spec.get());
        } else {
            c.found.record(i.ruleId(), message, c.number, c.line);
        }
    }

    /**
     * CSV-006, once per file at the first record that ends otherwise than CRLF (LF alone, or CR alone); the profile
     * says how serious it is.
     */
    private void terminator(FileContext c, String t) {
        if (!terminatorReported) {
            terminatorReported = true;
            c.found.record(ReadIssue.LINE_END, t.equals("\r") ? "cr" : "lf", c.number, c.line);
        }
    }

    /** Blank lines followed by a record are inside the file: records of the wrong field count (CSV-004). */
    private void blankLinesInside(FileContext c) {
        if (c.layout == null) {
            // Without a layout they cannot be judged; they are not at the end of the file either.
            pendingBlanks.clear();
            return;
        }
        for (long[] run : pendingBlanks) {
            for (long i = 0; i < run[2]; i++) {
                fieldCount(c, 1, run[0] + i, run[1] + i);
            }
        }
        pendingBlanks.clear();
    }

    private static void fieldCount(FileContext c, int count, long n, long line) {
        c.found.record(ReadIssue.FIELD_COUNT, "fieldCount", n, line, Map.of("count", String.valueOf(count), "prefix",
                c.layout.kind().prefix(), "expected", String.valueOf(c.layout.fieldCount())));
    }

    @Override
    public void finish(FileContext c) {
        c.trailingBlanks = pendingBlanks.stream().mapToLong(run -> run[2]).sum();
        if (c.records() == 0) {
            c.found.file("CSV-007", "noRecord");
        } else if (!pendingBlanks.isEmpty()) {
            c.found.record(ReadIssue.LINE_END, "trailingBlank", pendingBlanks.get(0)[0], pendingBlanks.get(0)[1]);
        }
    }
}
