package dev.careplan.csv;

import dev.careplan.model.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one file: its kind and CSVバージョン where they could be read, how many records it has, and the
 * violations found in it (including send-unit and cross-file rules that concern it). The validator keeps at most
 * {@link #MAX_KEPT} violations of a file's own records in {@link #violations()} and counts the rest per rule and
 * severity in {@link #omitted()}, so that memory does not grow with the number of violations; {@link #valid()}
 * counts both.
 *
 * @param file       the file name
 * @param kind       the file-name prefix, when recognised
 * @param version    the CSVバージョン of its first record, when readable
 * @param records    number of records read
 * @param violations the violations kept, in file order
 * @param omitted    the violations found past {@link #MAX_KEPT}, counted per rule and severity in order of first
 *                   occurrence
 */
public record FileReport(String file, Optional<String> kind, Optional<String> version, long records,
        List<Violation> violations, List<Omitted> omitted) {

    /** The violations of one file the validator keeps; further ones are counted in {@link #omitted()}. */
    public static final int MAX_KEPT = 1000;

    /** Copies the lists. */
    public FileReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        violations = List.copyOf(violations);
        omitted = List.copyOf(omitted);
    }

    /** A report that kept every violation found. */
    public FileReport(String file, Optional<String> kind, Optional<String> version, long records,
            List<Violation> violations) {
        this(file, kind, version, records, violations, List.of());
    }

    /** True when no violation, kept or counted, has severity ERROR. */
    public boolean valid() {
        return violations.stream().noneMatch(Violation::isError)
                && omitted.stream().noneMatch(o -> o.severity() == dev.careplan.model.validation.Severity.ERROR);
    }

    /** The number of violations found, kept or counted. */
    public long violationCount() {
        return violations.size() + omitted.stream().mapToLong(Omitted::count).sum();
    }

    /** The number of violations of severity ERROR found, kept or counted. */
    public long errorCount() {
        return violations.stream().filter(Violation::isError).count() + omitted.stream()
                .filter(o -> o.severity() == dev.careplan.model.validation.Severity.ERROR).mapToLong(Omitted::count)
                .sum();
    }

    /**
     * This report with at most {@code max} violations listed (the first ones, in file order) and the rest counted
     * per rule and severity in {@link Listing#omitted()}, for output that must stay readable when one defect
     * repeats on every row; what the report itself only counted ({@link #omitted()}) is counted there too.
     * {@link #valid()} of the listing's report is unchanged: it still counts what was left out.
     *
     * @throws IllegalArgumentException when {@code max} is negative
     */
    public Listing limited(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        if (violations.size() <= max) {
            return new Listing(this, violations, omitted);
        }
        java.util.Map<String, Omitted> rest = new java.util.LinkedHashMap<>();
        for (Violation v : violations.subList(max, violations.size())) {
            rest.merge(v.ruleId() + "\t" + v.severity(), new Omitted(v.ruleId(), v.severity(), 1),
                    (a, b) -> new Omitted(a.ruleId(), a.severity(), a.count() + 1));
        }
        for (Omitted o : omitted) {
            rest.merge(o.ruleId() + "\t" + o.severity(), o,
                    (a, b) -> new Omitted(a.ruleId(), a.severity(), a.count() + b.count()));
        }
        return new Listing(this, violations.subList(0, max), List.copyOf(rest.values()));
    }

    /**
     * A report's violations as listed under a cap ({@link #limited(int)}).
     *
     * @param report  the whole report
     * @param listed  the violations listed
     * @param omitted the violations left out, counted per rule and severity in order of first occurrence
     */
    public record Listing(FileReport report, List<Violation> listed, List<Omitted> omitted) {
        /** Copies the lists. */
        public Listing {
            Objects.requireNonNull(report, "report");
            listed = List.copyOf(listed);
            omitted = List.copyOf(omitted);
        }

        /** How many violations were left out. */
        public long omittedCount() {
            return omitted.stream().mapToLong(Omitted::count).sum();
        }

        /**
         * How many violations of each rule were left out, whatever their severity: the most frequent rule first,
         * rules of equal count by rule id; empty when nothing was left out.
         */
        public java.util.Map<String, Long> omittedByRule() {
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            omitted.forEach(o -> counts.merge(o.ruleId(), o.count(), Long::sum));
            java.util.Map<String, Long> byFrequency = new java.util.LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue(java.util.Comparator.reverseOrder())
                            .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .forEach(e -> byFrequency.put(e.getKey(), e.getValue()));
            return java.util.Collections.unmodifiableMap(byFrequency);
        }
    }

    /**
     * Violations of one rule and severity left out of a listing.
     *
     * @param ruleId   the rule id
     * @param severity their severity
     * @param count    how many
     */
    public record Omitted(String ruleId, dev.careplan.model.validation.Severity severity, long count) {
        /** Checks that nothing is null. */
        public Omitted {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
        }
    }

    /** This report with more violations appended. */
    public FileReport plus(List<Violation> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Violation> all = new java.util.ArrayList<>(violations);
        all.addAll(more);
        return new FileReport(file, kind, version, records, all, omitted);
    }
}
