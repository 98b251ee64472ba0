package dev.careplan.model;

/**
 * Office number (事業所番号 / 事業者コード), 10 half-width digits, as assigned by the prefecture.
 *
 * <p>Identifies an office in file names and in office-number fields (介護支援事業者コード, サービス事業者コード,
 * 更新業者コード, …). One office number can host several services, so an office number alone is not an address:
 * see {@link Party}.
 */
public record OfficeNumber(String value) implements Comparable<OfficeNumber> {

    /** {@code 9999999999} ("ALL9"): the office code of a 第7表 grand-total row and the fixed 第7表 No.34. */
    public static final OfficeNumber ALL_NINES = new OfficeNumber("9999999999");

    /** @throws InvalidValueException unless {@code value} is exactly 10 half-width digits */
    public OfficeNumber {
        Checks.digits(value, 10, "事業所番号", "office number");
    }

    /** Parses an office number; same as the constructor. */
    public static OfficeNumber of(String value) {
        return new OfficeNumber(value);
    }

    @Override
    public int compareTo(OfficeNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
