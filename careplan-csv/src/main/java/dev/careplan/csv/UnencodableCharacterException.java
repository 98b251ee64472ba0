package dev.careplan.csv;

import java.util.Locale;

/**
 * Thrown by the writer when a field holds a character MS932 cannot hold (or 外字) and the replacement policy has no
 * substitute (ENC-003). Names the record and field; not the value.
 */
public final class UnencodableCharacterException extends FieldNotWritableException {
    private static final long serialVersionUID = 1L;

    /** @param codePoint the offending character: shown as U+XXXX, which is not personal data on its own */
    public UnencodableCharacterException(String file, long record, int field, String fieldNameJa, int codePoint) {
        super(String.format(Locale.ROOT,
                "%s: record %d, field %d %s: character U+%04X cannot be written in MS932 (ENC-003);"
                + " replace it, or write with a ReplacementPolicy that has a substitute for it", file, record, field,
                fieldNameJa, codePoint), record, field);
    }
}
