package dev.careplan.csv;

/**
 * A character the writer replaced under a {@link ReplacementPolicy} (ENC-003), reported so that nothing changes
 * silently. The characters themselves are not personal data; the field's value is not included.
 *
 * @param record      record number, from 1
 * @param field       field number (No.)
 * @param fieldNameJa Japanese field name
 * @param original    the character replaced (as a code point)
 * @param replacement what was written instead
 */
public record Replacement(long record, int field, String fieldNameJa, int original, String replacement) {
}
