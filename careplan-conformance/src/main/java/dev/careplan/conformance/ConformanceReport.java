package dev.careplan.conformance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A conformance report (適合性レポート): what the kit found for one vendor's exporter or importer, per scenario or
 * case and per rule, with the kit's and the standard's versions and the date, to attach to a vendor test with the
 * national operator. {@link ConformanceKit#write} writes it as JSON and as a self-contained HTML page.
 *
 * @param kind       which side of the vendor's software was checked
 * @param subject    what was checked, as the vendor names it (product and version)
 * @param kitVersion the version of this kit
 * @param csvVersion the CSVバージョン checked against, e.g. {@code 202407}
 * @param date       the day of the run, from the clock the caller passed
 * @param items      one result per scenario or case, in catalogue order
 * @param rules      one result per rule concerned, in catalogue order
 */
public record ConformanceReport(Kind kind, String subject, String kitVersion, String csvVersion, LocalDate date,
        List<ItemResult> items, List<RuleResult> rules) {

    /** The side of a vendor's software a report is about. */
    public enum Kind {
        /** The exporter: scenarios in, files out. */
        EXPORTER,
        /** The importer: corpus files in, accepted or refused. */
        IMPORTER
    }

    /** Checks that nothing is null and copies the lists. */
    public ConformanceReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kitVersion, "kitVersion");
        Objects.requireNonNull(csvVersion, "csvVersion");
        Objects.requireNonNull(date, "date");
        items = List.copyOf(items);
        rules = List.copyOf(rules);
    }

    /** True when every scenario or case passed. */
    public boolean passed() {
        return items.stream().allMatch(ItemResult::passed);
    }

    /** The number of scenarios or cases that passed. */
    public long passedItems() {
        return items.stream().filter(ItemResult::passed).count();
    }

    /** The summary score: the share of scenarios or cases that passed, in percent, rounded down (0 when none ran). */
    public int score() {
        return items.isEmpty() ? 0 : (int) (100 * passedItems() / items.size());
    }

    /** The rules with a failure. */
    public List<RuleResult> failedRules() {
        return rules.stream().filter(r -> !r.ok()).toList();
    }

    /** The scenarios or cases with a finding. */
    public List<ItemResult> failedItems() {
        return items.stream().filter(i -> !i.passed()).toList();
    }
}
