package dev.careplan.model;

import java.time.YearMonth;
import java.util.BitSet;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Pro-rated days of a month (日割対象日, 第6表 No.11): 31 positions, position <i>n</i> being day <i>n</i> of the
 * service month; {@code 1} marks a day that can be billed pro rata, {@code 0} one that cannot.
 * Example for days 1–5: {@code 1111100000000000000000000000000}.
 *
 * <p>An empty field (service not pro-rated) is represented by the absence of this value, not by 31 zeros:
 * the two are written differently and are kept apart.
 */
public final class ProratedDays {

    /** The number of positions, always 31 whatever the month. */
    public static final int LENGTH = 31;

    private final BitSet days;

    private ProratedDays(BitSet days) {
        this.days = days;
    }

    /**
     * Parses the 31-character form.
     *
     * @throws InvalidValueException unless the text is exactly 31 characters, each {@code 0} or {@code 1}
     */
    public static ProratedDays of(String flags) {
        Checks.notNull(flags, "日割対象日", "pro-rated days");
        BitSet bits = new BitSet(LENGTH);
        boolean ok = flags.length() == LENGTH;
        for (int i = 0; ok && i < LENGTH; i++) {
            char c = flags.charAt(i);
            if (c == '1') {
                bits.set(i + 1);
            } else if (c != '0') {
                ok = false;
            }
        }
        if (!ok) {
            throw new InvalidValueException("日割対象日", "pro-rated days",
                    "「0」または「1」を31文字（1日～31日）で入力してください。日割でない場合は空欄にします。",
                    "must be exactly 31 characters, each 0 or 1 (day 1 to day 31); leave it empty when the"
                            + " service is not pro-rated.");
        }
        return new ProratedDays(bits);
    }

    /**
     * The flags with the given days (1–31) set.
     *
     * @throws IllegalArgumentException for a day outside 1–31
     */
    public static ProratedDays ofDays(int... dayNumbers) {
        BitSet bits = new BitSet(LENGTH);
        for (int d : dayNumbers) {
            if (d < 1 || d > LENGTH) {
                throw new IllegalArgumentException("day of month must be 1-31, got " + d);
            }
            bits.set(d);
        }
        return new ProratedDays(bits);
    }

    /** True when day {@code dayOfMonth} (1–31) is marked pro-rated. */
    public boolean isProrated(int dayOfMonth) {
        return dayOfMonth >= 1 && dayOfMonth <= LENGTH && days.get(dayOfMonth);
    }

    /** The marked days, ascending. */
    public SortedSet<Integer> days() {
        SortedSet<Integer> out = new TreeSet<>();
        days.stream().forEach(out::add);
        return out;
    }

    /** True when a day after the last day of {@code month} is marked (MON-005). */
    public boolean marksDaysBeyond(YearMonth month) {
        return days.nextSetBit(month.lengthOfMonth() + 1) >= 0;
    }

    /** The 31-character form as written in the CSV. */
    public String code() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int d = 1; d <= LENGTH; d++) {
            sb.append(days.get(d) ? '1' : '0');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProratedDays other && days.equals(other.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return code();
    }
}
