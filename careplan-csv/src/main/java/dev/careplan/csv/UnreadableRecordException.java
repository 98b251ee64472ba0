package dev.careplan.csv;

/**
 * Thrown when a record of a file read as typed rows cannot be typed (wrong field count, unreadable bytes, a field
 * out of form). It names the file, the record and its line, never a field value; the {@link ConformanceValidator}
 * tells which rules the record breaks.
 */
public final class UnreadableRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long record;
    private final long line;

    /**
     * @param file    the file name (office numbers and dates only: no personal data)
     * @param record  record number, from 1
     * @param line    physical line where the record starts
     * @param problem why the record cannot be typed (no field values)
     */
    public UnreadableRecordException(String file, long record, long line, String problem) {
        super(file + ": record " + record + " (line " + line + ") cannot be read: " + problem);
        this.file = file;
        this.record = record;
        this.line = line;
    }

    /** The file name. */
    public String file() {
        return file;
    }

    /** The record number, from 1. */
    public long record() {
        return record;
    }

    /** The line where the record starts. */
    public long line() {
        return line;
    }
}
