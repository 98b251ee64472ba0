package dev.careplan.model;

/** Insurer number (保険者番号): the 6-digit code of the municipality that insures the care recipient. */
public record InsurerNumber(String value) implements Comparable<InsurerNumber> {

    /** @throws InvalidValueException unless {@code value} is exactly 6 half-width digits */
    public InsurerNumber {
        Checks.digits(value, 6, "保険者番号", "insurer number");
    }

    /** Parses an insurer number; same as the constructor. */
    public static InsurerNumber of(String value) {
        return new InsurerNumber(value);
    }

    @Override
    public int compareTo(InsurerNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
