package dev.careplan.model;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * A clock time written {@code HHMM} (サービス開始/終了時刻, 開始/終了時間), or {@code 9999} for a service without a time
 * (第6表 No.12/13 only).
 *
 * <p>{@code 2400} (end of day, the edge of the paper form's grid) is representable so that a reader keeps it as
 * sent; the validator reports it as a warning (FLD-TIME). {@link #time()} gives it as {@link LocalTime#MIDNIGHT}.
 */
public final class ServiceTime implements Comparable<ServiceTime> {

    /** {@code 9999}: a service shown without a time. */
    public static final ServiceTime NONE = new ServiceTime("9999");

    private final String code;
    /** Minutes since midnight, or -1 for 9999; kept because ordering checks run per row. */
    private final int minutes;

    private ServiceTime(String code) {
        this.code = code;
        this.minutes = "9999".equals(code) ? -1
                : ((code.charAt(0) - '0') * 10 + (code.charAt(1) - '0')) * 60
                        + (code.charAt(2) - '0') * 10 + (code.charAt(3) - '0');
    }

    /**
     * Parses {@code HHMM} (00:00–23:59, or 2400) or {@code 9999}.
     *
     * @throws InvalidValueException for anything else
     */
    public static ServiceTime of(String code) {
        Checks.notNull(code, "時刻", "time");
        if ("9999".equals(code)) {
            return NONE;
        }
        if (code.length() == 4 && Checks.isDigits(code)) {
            int h = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
            int m = (code.charAt(2) - '0') * 10 + (code.charAt(3) - '0');
            if ((h < 24 && m < 60) || (h == 24 && m == 0)) {
                return new ServiceTime(code);
            }
        }
        throw new InvalidValueException("時刻", "time",
                "半角数字4桁の時分（HHMM、00:00～23:59）、時刻のないサービスは9999で入力してください。",
                "must be HHMM (00:00-23:59) as 4 half-width digits, or 9999 for a service without a time.");
    }

    /** The time of a {@link LocalTime}, to the minute. */
    public static ServiceTime of(LocalTime time) {
        return new ServiceTime(String.format(Locale.ROOT, "%02d%02d", time.getHour(), time.getMinute()));
    }

    /** The time, or empty for {@code 9999}; {@code 2400} gives midnight. */
    public Optional<LocalTime> time() {
        if (isNone()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(code.substring(0, 2));
        return Optional.of(LocalTime.of(h % 24, Integer.parseInt(code.substring(2))));
    }

    /** True for {@code 9999}: no time. */
    public boolean isNone() {
        return minutes < 0;
    }

    /** True for {@code 2400}. */
    public boolean isEndOfDay() {
        return "2400".equals(code);
    }

    /** Minutes since midnight (2400 = 1440); empty for {@code 9999}. */
    public Optional<Integer> minuteOfDay() {
        return minutes < 0 ? Optional.empty() : Optional.of(minutes);
    }

    /** True when this time is not after {@code other}; a side without a time (9999) is in order with anything. */
    public boolean notAfter(ServiceTime other) {
        return minutes < 0 || other.minutes < 0 || minutes <= other.minutes;
    }

    /** The 4-character form as written in the CSV. */
    public String code() {
        return code;
    }

    /** Orders by clock time, with {@code 9999} last. */
    @Override
    public int compareTo(ServiceTime o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceTime other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
