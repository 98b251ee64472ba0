package dev.careplan.csv;

/**
 * A field the writer refuses to write, located by record and field so that a caller can point the user at it; the
 * message never holds the value (personal data). One catch covers both causes: a character MS932 cannot hold
 * ({@link UnencodableCharacterException}) and a comma, quote or line break outside free text
 * ({@link UnwritableValueException}).
 */
public abstract sealed class FieldNotWritableException extends IllegalArgumentException
        permits UnencodableCharacterException, UnwritableValueException {
    private static final long serialVersionUID = 1L;

    private final long record;
    private final int field;

    FieldNotWritableException(String message, long record, int field) {
        super(message);
        this.record = record;
        this.field = field;
    }

    /** Record number, from 1. */
    public long record() {
        return record;
    }

    /** Field number (No.). */
    public int field() {
        return field;
    }
}
