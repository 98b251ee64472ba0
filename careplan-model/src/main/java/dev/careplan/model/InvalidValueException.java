package dev.careplan.model;

import java.util.Objects;

/**
 * Thrown when a value type (事業所番号, 被保険者番号, …) is built from text that the standard does not allow.
 *
 * <p>The message names the field in Japanese and English and says what form is expected. It never contains
 * the rejected value itself, because values of this standard are personal care data.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String fieldNameJa;
    private final String fieldNameEn;
    private final String expectedJa;
    private final String expectedEn;

    /**
     * @param fieldNameJa Japanese field name, e.g. {@code 被保険者番号}
     * @param fieldNameEn English field name, e.g. {@code insured number}
     * @param expectedJa  what the field must look like, in Japanese
     * @param expectedEn  what the field must look like, in English
     */
    public InvalidValueException(String fieldNameJa, String fieldNameEn, String expectedJa, String expectedEn) {
        super(fieldNameJa + " (" + fieldNameEn + "): " + expectedEn);
        this.fieldNameJa = Objects.requireNonNull(fieldNameJa);
        this.fieldNameEn = Objects.requireNonNull(fieldNameEn);
        this.expectedJa = Objects.requireNonNull(expectedJa);
        this.expectedEn = Objects.requireNonNull(expectedEn);
    }

    /** The field's Japanese name as in the layout, e.g. {@code 被保険者番号}. */
    public String fieldNameJa() {
        return fieldNameJa;
    }

    /** The field's English name. */
    public String fieldNameEn() {
        return fieldNameEn;
    }

    /** The whole message in Japanese, for a care manager. */
    public String japaneseMessage() {
        return fieldNameJa + "：" + expectedJa;
    }

    /** The whole message in English. */
    public String englishMessage() {
        return getMessage();
    }

    /** What the field must look like, in English, without the field name. */
    public String expectedEn() {
        return expectedEn;
    }

    /** What the field must look like, in Japanese, without the field name. */
    public String expectedJa() {
        return expectedJa;
    }
}
