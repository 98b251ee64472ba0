package dev.careplan.csv;

import java.util.List;
import java.util.Objects;

/**
 * One record of a CSV file as read, before any layout is applied: its fields with their quoting, the record
 * number and the physical line it starts on (counted by the reader itself, exact also for multi-line quoted
 * fields and multibyte text), its terminator, and what went wrong while reading it.
 *
 * @param number     record number, from 1
 * @param line       physical line where the record starts, from 1
 * @param fields     the fields in order
 * @param terminator the record terminator as read: {@code "\r\n"}, {@code "\n"}, {@code "\r"}, or {@code ""} at
 *                   the end of the file
 * @param issues     problems met while reading this record
 */
public record RawRecord(long number, long line, List<RawField> fields, String terminator, List<ReadIssue> issues) {

    /** Copies the lists. */
    public RawRecord {
        fields = List.copyOf(fields);
        Objects.requireNonNull(terminator, "terminator");
        issues = List.copyOf(issues);
    }

    /** The text of field {@code no} (1-based). */
    public String text(int no) {
        return fields.get(no - 1).text();
    }

    /** Number of fields. */
    public int size() {
        return fields.size();
    }
}
