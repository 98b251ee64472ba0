package dev.careplan.csv.internal;

import dev.careplan.model.CareplanFileName;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Strict YYYYMMDD / YYYYMM parsing shared by the checks and the typed mapping. */
public final class Dates {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static boolean isDate(String t) {
        if (!FieldChecks.digits(t, 8)) {
            return false;
        }
        int y = num(t, 0, 4);
        int m = num(t, 4, 6);
        int d = num(t, 6, 8);
        // Cheaper than a formatter on the per-row path; same strictness (real calendar dates only).
        return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth();
    }

    private static int num(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    /** A real month YYYYMM: the same check as a file name's month segment, which owns it. */
    public static boolean isMonth(String t) {
        return CareplanFileName.isMonthSegment(t, false);
    }

    public static LocalDate date(String t) {
        if (!isDate(t)) {
            throw new IllegalArgumentException("not a date YYYYMMDD");
        }
        return LocalDate.of(num(t, 0, 4), num(t, 4, 6), num(t, 6, 8));
    }

    public static YearMonth month(String t) {
        return YearMonth.of(num(t, 0, 4), num(t, 4, 6));
    }

    public static String format(LocalDate d) {
        return d.format(DATE);
    }

    public static String format(YearMonth m) {
        return String.format(Locale.ROOT, "%04d%02d", m.getYear(), m.getMonthValue());
    }
}
