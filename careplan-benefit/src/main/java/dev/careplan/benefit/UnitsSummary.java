package dev.careplan.benefit;

/**
 * Planned against delivered units (予定単位数・実績単位数) of a group of rows: a user, a provider or a service kind.
 *
 * @param planned   Σ 単位数 × 回数 of the 予定 rows
 * @param delivered Σ 単位数 × 回数 of the 実績 rows
 */
public record UnitsSummary(int planned, int delivered) {

    /** No units. */
    public static final UnitsSummary ZERO = new UnitsSummary(0, 0);

    /** delivered − planned. */
    public int difference() {
        return delivered - planned;
    }

    /** This plus another summary. */
    public UnitsSummary plus(UnitsSummary other) {
        return new UnitsSummary(Math.addExact(planned, other.planned), Math.addExact(delivered, other.delivered));
    }
}
