package dev.careplan.model.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link Violation} is (違反箇所): the file, the record and the physical line where it starts, the row of a
 * document, and the field (number and names from the layout). Each part is present only where it is known: a file
 * name rule has only a file, a model rule on a typed row has no file.
 *
 * @param file          file name (without folder)
 * @param record        record number in the file, from 1
 * @param line          physical line where that record starts, from 1
 * @param row           index of the row in a document (0-based)
 * @param field         field number (No.) in the layout
 * @param fieldNameJa   Japanese field name (日本語名称)
 * @param fieldNameJava Java field name
 * @param propertyPath  Java property path in a typed object, e.g. {@code rows[2].taisCode}
 */
public record Location(Optional<String> file, Optional<Long> record, Optional<Long> line, Optional<Integer> row,
        Optional<Integer> field, Optional<String> fieldNameJa, Optional<String> fieldNameJava,
        Optional<String> propertyPath) {

    private static final Location NOWHERE = new Location(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks that nothing is null. */
    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fieldNameJa, "fieldNameJa");
        Objects.requireNonNull(fieldNameJava, "fieldNameJava");
        Objects.requireNonNull(propertyPath, "propertyPath");
    }

    /** A file as a whole. */
    public static Location ofFile(String file) {
        return NOWHERE.inFile(file);
    }

    /** A record of a file. */
    public static Location ofRecord(String file, long record, long line) {
        return ofFile(file).atRecord(record, line);
    }

    /** This location in a file. */
    public Location inFile(String file) {
        return new Location(Optional.of(file), record, line, row, field, fieldNameJa, fieldNameJava, propertyPath);
    }

    /** This location at a record of its file. */
    public Location atRecord(long record, long line) {
        return new Location(file, Optional.of(record), Optional.of(line), row, field, fieldNameJa, fieldNameJava,
                propertyPath);
    }

    /** This location narrowed to one field. */
    public Location atField(int no, String nameJa, String javaName) {
        return new Location(file, record, line, row, Optional.of(no), Optional.of(nameJa), Optional.of(javaName),
                propertyPath);
    }

    /** A place in a typed object: its property path, the document row and the field where known. */
    public static Location inObject(String propertyPath, Optional<Integer> row, Optional<Integer> field,
            Optional<String> fieldNameJa, Optional<String> fieldNameJava) {
        return new Location(Optional.empty(), Optional.empty(), Optional.empty(), row, field, fieldNameJa,
                fieldNameJava, Optional.of(propertyPath));
    }
}
