package dev.careplan.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * CSV version (CSVバージョン): the 6-digit {@code YYYYMM} value that starts every record and names the edition of
 * the layouts the record follows. {@code 202407} is V4.1, in force from service month 2025-04.
 *
 * <p>Any well-formed {@code YYYYMM} value can be represented, so that a reader can report an unknown version as a
 * violation (VER-001) instead of failing; {@link #edition()} tells whether the standard's history knows it. Adding
 * support for an older edition means adding its row to the history below and a spec pack for its layouts.
 */
public record CsvVersion(String value) implements Comparable<CsvVersion> {

    /** One row of the standard's CSV version history (README §12). */
    public record Edition(String value, YearMonth appliesFrom, String name) {
    }

    private static final List<Edition> HISTORY = List.of(
            new Edition("201910", YearMonth.of(2020, 3), "1st edition"),
            new Edition("202003", YearMonth.of(2020, 10), "2nd edition"),
            new Edition("202208", YearMonth.of(2023, 1), "3rd edition (V3.x)"),
            new Edition("202504", YearMonth.of(2025, 4), "V4.0 (superseded value)"),
            new Edition("202407", YearMonth.of(2025, 4), "V4.1"));

    /** {@code 202407}: V4.1, the version this SDK writes. */
    public static final CsvVersion V4_1 = new CsvVersion("202407");
    /** {@code 202504}: the V4.0 value, superseded by {@link #V4_1}. */
    public static final CsvVersion V4_0 = new CsvVersion("202504");
    /** {@code 202208}: V3.x (3rd edition, 3.1, 3.2). */
    public static final CsvVersion V3 = new CsvVersion("202208");

    /** @throws InvalidValueException unless the value is 6 digits forming a valid {@code YYYYMM} */
    public CsvVersion {
        Checks.digits(value, 6, "CSVバージョン", "CSV version");
        int month = Integer.parseInt(value.substring(4));
        if (month < 1 || month > 12) {
            throw new InvalidValueException("CSVバージョン", "CSV version",
                    "年月（YYYYMM）の形式で、月は01～12で入力してください。",
                    "must be a year and month YYYYMM with month 01-12.");
        }
    }

    /** Parses a CSV version; the current value is returned without a new object, as it starts every record. */
    public static CsvVersion of(String value) {
        return "202407".equals(value) ? V4_1 : new CsvVersion(value);
    }

    /** The editions of the standard's version history, oldest first. */
    public static List<Edition> history() {
        return HISTORY;
    }

    /**
     * The version in force for a service month: the newest edition whose application month is not after
     * {@code serviceMonth} (VER-004). Where two values apply from the same month, the later row wins (V4.1 over
     * V4.0).
     */
    public static Optional<CsvVersion> inForceFor(YearMonth serviceMonth) {
        Edition best = null;
        for (Edition e : HISTORY) {
            if (!e.appliesFrom().isAfter(serviceMonth)
                    && (best == null || !e.appliesFrom().isBefore(best.appliesFrom()))) {
                best = e;
            }
        }
        return Optional.ofNullable(best).map(e -> new CsvVersion(e.value()));
    }

    /** The edition of the history with this value, if the standard knows it. */
    public Optional<Edition> edition() {
        return HISTORY.stream().filter(e -> e.value().equals(value)).findFirst();
    }

    /** True when the standard's version history lists this value (VER-001). */
    public boolean isKnown() {
        return edition().isPresent();
    }

    @Override
    public int compareTo(CsvVersion other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
