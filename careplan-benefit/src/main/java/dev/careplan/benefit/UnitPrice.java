package dev.careplan.benefit;

import java.math.BigDecimal;

/**
 * 単位数単価 (yen per unit, 第7表 No.23, written {@code 99.99}), held as an integer number of hundredths of a yen so
 * that every amount is computed in integers.
 *
 * <p>{@link #of(RegionGrade, LaborShare)} is 10 × (1 + 上乗せ割合 × 人件費割合) yen, rounded half up to two decimals:
 * in hundredths, {@code 1000 + round(surcharge% × share% / 10)}. Rounding half up reproduces the published table
 * (e.g. 7級地 × 55 % = 10.165 → 10.17, 7級地 × 45 % = 10.135 → 10.14, 3級地 × 45 % = 10.675 → 10.68).
 *
 * @param hundredths the price in hundredths of a yen (1140 = 11.40 yen)
 */
public record UnitPrice(int hundredths) {

    /** 10.00 yen: その他 grade, or a service that is not regionally adjusted. */
    public static final UnitPrice TEN_YEN = new UnitPrice(1000);

    /** @throws IllegalArgumentException unless 1–9999 hundredths ({@code 0.01}–{@code 99.99}) */
    public UnitPrice {
        if (hundredths < 1 || hundredths > 9999) {
            throw new IllegalArgumentException("単位数単価 must be 0.01-99.99 yen, got " + hundredths + "/100");
        }
    }

    /** The price of a grade for a service's share of staff costs. */
    public static UnitPrice of(RegionGrade grade, LaborShare share) {
        return new UnitPrice(1000 + (grade.surchargePercent() * share.percent() + 5) / 10);
    }

    /**
     * The price written in the 第7表 ({@code 11.40}).
     *
     * @throws IllegalArgumentException when it has more than two decimals or is out of range
     */
    public static UnitPrice of(BigDecimal yen) {
        try {
            return new UnitPrice(yen.movePointRight(2).intValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("単位数単価 must have at most two decimals", e);
        }
    }

    /** {@code floor(units × price)} in yen: how 費用総額 and 全額負担分 are computed. Units must not be negative. */
    public long yenFor(long units) {
        if (units < 0) {
            throw new IllegalArgumentException("units must not be negative: " + units);
        }
        return Math.multiplyExact(units, (long) hundredths) / 100;
    }

    /** The price as written in the 第7表, two decimals. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(hundredths, 2);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
