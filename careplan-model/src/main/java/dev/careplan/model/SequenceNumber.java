package dev.careplan.model;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * File sequence number (ファイル連番): the 14-digit time stamp {@code YYYYMMDDHHMMSS} at the end of a file name.
 * All files of one send unit share it, and receivers import send units in ascending order of it.
 */
public record SequenceNumber(String value) implements Comparable<SequenceNumber> {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    /** @throws InvalidValueException unless the value is 14 digits forming a valid date and time */
    public SequenceNumber {
        Checks.digits(value, 14, "ファイル連番", "sequence number");
        try {
            LocalDateTime.parse(value, FORMAT);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("ファイル連番", "sequence number",
                    "実在する日時（YYYYMMDDHHMMSS）で入力してください。",
                    "must be a real date and time YYYYMMDDHHMMSS.");
        }
    }

    /** Parses a sequence number; same as the constructor. */
    public static SequenceNumber of(String value) {
        return new SequenceNumber(value);
    }

    /** The sequence number of a moment, to the second. */
    public static SequenceNumber of(LocalDateTime time) {
        return new SequenceNumber(time.format(FORMAT));
    }

    /** The time stamp as a date-time. */
    public LocalDateTime dateTime() {
        return LocalDateTime.parse(value, FORMAT);
    }

    @Override
    public int compareTo(SequenceNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
