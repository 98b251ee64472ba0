package dev.careplan.benefit;

/**
 * 利用者負担割合 (the user's share: 1割, 2割 or 3割) and the 給付率 (benefit rate, 第7表 No.25) that follows from it:
 * 90, 80 or 70 percent. Source: 介護保険法 第49条の2 / 第59条の2 (2割・3割負担).
 */
public enum CopayShare {
    /** 1割負担: 給付率 90. */
    ONE(90),
    /** 2割負担: 給付率 80. */
    TWO(80),
    /** 3割負担: 給付率 70. */
    THREE(70);

    private final int benefitRate;

    CopayShare(int benefitRate) {
        this.benefitRate = benefitRate;
    }

    /** 給付率 in percent. */
    public int benefitRate() {
        return benefitRate;
    }

    /**
     * The share for 1, 2 or 3 (割).
     *
     * @throws IllegalArgumentException otherwise
     */
    public static CopayShare ofTenths(int tenths) {
        return switch (tenths) {
            case 1 -> ONE;
            case 2 -> TWO;
            case 3 -> THREE;
            default -> throw new IllegalArgumentException("利用者負担割合 must be 1, 2 or 3 (割), got " + tenths);
        };
    }
}
