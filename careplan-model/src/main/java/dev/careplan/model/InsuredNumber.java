package dev.careplan.model;

/**
 * Insured person's number (被保険者番号): 10 half-width digits, or {@code H} followed by 9 digits for a
 * recipient of public assistance only (生活保護単独).
 *
 * <p>This is personal data: {@link #toString()} masks all but the last two characters so that the number
 * does not end up in logs by accident; use {@link #value()} to write it.
 */
public record InsuredNumber(String value) implements Comparable<InsuredNumber> {

    /** @throws InvalidValueException unless the value is 10 digits or {@code H} + 9 digits */
    public InsuredNumber {
        Checks.notNull(value, "被保険者番号", "insured number");
        boolean ok = value.length() == 10
                && (Checks.isDigits(value) || (value.charAt(0) == 'H' && Checks.isDigits(value.substring(1))));
        if (!ok) {
            throw new InvalidValueException("被保険者番号", "insured number",
                    "半角数字10桁、または生活保護単独の場合は「H」＋半角数字9桁で入力してください。",
                    "must be 10 half-width digits, or 'H' followed by 9 digits for a public-assistance-only"
                            + " (生活保護単独) recipient.");
        }
    }

    /** Parses an insured number; same as the constructor. */
    public static InsuredNumber of(String value) {
        return new InsuredNumber(value);
    }

    /** True for the {@code H} + 9 digits form of a public-assistance-only recipient (生活保護単独). */
    public boolean isPublicAssistanceOnly() {
        return value.charAt(0) == 'H';
    }

    @Override
    public int compareTo(InsuredNumber other) {
        return value.compareTo(other.value);
    }

    /** Masked form, e.g. {@code ********89}: never the full number. */
    @Override
    public String toString() {
        return "********" + value.substring(8);
    }
}
