package dev.careplan.csv;

import java.util.Objects;

/**
 * One field of a record exactly as it was read: its decoded text, whether it was written inside double quotes,
 * and whether its bytes were valid MS932. A field whose bytes could not be decoded has empty text and is reported
 * (ENC-001); it is never replaced by look-alike characters.
 *
 * @param text      the decoded text (inner {@code ""} already turned into {@code "})
 * @param quoted    true when the field was enclosed in double quotes
 * @param decodable false when the bytes were not valid MS932
 */
public record RawField(String text, boolean quoted, boolean decodable) {

    /** Checks that the text is not null. */
    public RawField {
        Objects.requireNonNull(text, "text");
    }

    /** An unquoted field. */
    public static RawField plain(String text) {
        return new RawField(text, false, true);
    }

    /** A quoted field. */
    public static RawField quoted(String text) {
        return new RawField(text, true, true);
    }

    /** True when the field is empty (no characters, quoted or not). */
    public boolean isEmpty() {
        return text.isEmpty();
    }
}
