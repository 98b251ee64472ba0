package dev.careplan.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one file: its kind and CSVバージョン where they could be read, how many records it has, and every
 * violation found in it (including send-unit and cross-file rules that concern it).
 *
 * @param file       the file name
 * @param kind       the file-name prefix, when recognised
 * @param version    the CSVバージョン of its first record, when readable
 * @param records    number of records read
 * @param violations the violations, in file order
 */
public record FileReport(String file, Optional<String> kind, Optional<String> version, long records,
        List<Violation> violations) {

    /** Copies the violations. */
    public FileReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        violations = List.copyOf(violations);
    }

    /** True when no violation has severity ERROR. */
    public boolean valid() {
        return violations.stream().noneMatch(Violation::isError);
    }

    /** This report with more violations appended. */
    public FileReport plus(List<Violation> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Violation> all = new java.util.ArrayList<>(violations);
        all.addAll(more);
        return new FileReport(file, kind, version, records, all);
    }
}
