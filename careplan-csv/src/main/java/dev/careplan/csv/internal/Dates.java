package dev.careplan.csv.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

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
        try {
            LocalDate.parse(t, DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static boolean isMonth(String t) {
        if (!FieldChecks.digits(t, 6)) {
            return false;
        }
        int m = Integer.parseInt(t.substring(4));
        return m >= 1 && m <= 12;
    }

    public static LocalDate date(String t) {
        return LocalDate.parse(t, DATE);
    }

    public static YearMonth month(String t) {
        return YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4)));
    }

    public static String format(LocalDate d) {
        return d.format(DATE);
    }

    public static String format(YearMonth m) {
        return String.format("%04d%02d", m.getYear(), m.getMonthValue());
    }
}
