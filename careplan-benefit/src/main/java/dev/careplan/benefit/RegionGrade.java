package dev.careplan.benefit;

import dev.careplan.benefit.internal.Tables;
import java.util.EnumMap;
import java.util.Map;

/**
 * 地域区分 (regional grade of the provider's location): 1級地 … 7級地 and その他. Each grade adds a percentage
 * (上乗せ割合) to the 10 yen of a unit, scaled by the service's 人件費割合 ({@link LaborShare}). The percentages are
 * data ({@code region-grades.tsv}, source: 厚生労働大臣が定める一単位の単価, 平成27年厚生労働省告示第93号).
 */
public enum RegionGrade {
    /** 1級地. */
    GRADE_1,
    /** 2級地. */
    GRADE_2,
    /** 3級地. */
    GRADE_3,
    /** 4級地. */
    GRADE_4,
    /** 5級地. */
    GRADE_5,
    /** 6級地. */
    GRADE_6,
    /** 7級地. */
    GRADE_7,
    /** その他. */
    OTHER;

    private static final Map<RegionGrade, String[]> TABLE = new EnumMap<>(RegionGrade.class);

    static {
        for (String[] row : Tables.read("region-grades.tsv")) {
            TABLE.put(RegionGrade.valueOf(row[0]), row);
        }
    }

    /** The Japanese name, e.g. {@code 1級地}. */
    public String ja() {
        return TABLE.get(this)[1];
    }

    /** 上乗せ割合 in percent (1級地 20, …, その他 0). */
    public int surchargePercent() {
        return Integer.parseInt(TABLE.get(this)[2]);
    }

    /**
     * The grade for its Japanese name ({@code 1級地}, {@code その他}) or its constant name ({@code GRADE_1}).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static RegionGrade parse(String text) {
        for (RegionGrade g : values()) {
            if (g.name().equals(text) || g.ja().equals(text)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown 地域区分 " + text + " (expected 1級地 … 7級地 or その他)");
    }
}
