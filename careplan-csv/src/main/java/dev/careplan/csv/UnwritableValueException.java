package dev.careplan.csv;

import java.util.Locale;

/**
 * Thrown by the writer when a field that is not free text (フリーテキスト) holds a comma, a double quote or a line
 * break. The standard quotes free-text fields only (CSV-003), so such a character in any other field would split
 * the record or break its quoting (CSV-002, CSV-004). Names the file, record and field, and which kind of character;
 * not the value.
 */
public final class UnwritableValueException extends FieldNotWritableException {
    private static final long serialVersionUID = 1L;

    /** @param character what was found, in words ("a comma", "a double quote", "a line break (CR or LF)") */
    public UnwritableValueException(String file, long record, int field, String fieldNameJa, String character) {
        super(String.format(Locale.ROOT,
                "%s: record %d, field %d %s: %s cannot be written in a field that is not free text"
                + " (フリーテキスト): only free-text fields are quoted (CSV-003), so commas, double quotes and line"
                + " breaks are allowed in free-text fields only", file, record, field, fieldNameJa, character), record, field);
    }
}
