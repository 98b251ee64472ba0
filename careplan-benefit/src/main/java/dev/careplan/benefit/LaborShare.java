package dev.careplan.benefit;

/**
 * 人件費割合 (share of staff costs) of a service, which scales the regional surcharge of the unit price: 70 %, 55 %
 * or 45 %, and {@link #NONE} for services paid at 10 yen per unit everywhere (福祉用具貸与, 居宅療養管理指導).
 * Source: 厚生労働大臣が定める一単位の単価 (平成27年厚生労働省告示第93号).
 */
public enum LaborShare {
    /** 70 %. */
    P70(70),
    /** 55 %. */
    P55(55),
    /** 45 %. */
    P45(45),
    /** Not regionally adjusted: always 10 yen per unit. */
    NONE(0);

    private final int percent;

    LaborShare(int percent) {
        this.percent = percent;
    }

    /** The share in percent (0 for {@link #NONE}). */
    public int percent() {
        return percent;
    }

    /**
     * The share for a percentage: 70, 55, 45 or 0.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static LaborShare ofPercent(int percent) {
        for (LaborShare s : values()) {
            if (s.percent == percent) {
                return s;
            }
        }
        throw new IllegalArgumentException("人件費割合 must be 70, 55, 45 or 0, got " + percent);
    }
}
