package dev.careplan.csv;

import dev.careplan.model.kyotaku.CareplanRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record read as a typed row of careplan-model, or why it could not be typed: the reader goes on with the next
 * record either way. For the full list of rules a record breaks, use the {@link ConformanceValidator}.
 *
 * @param number  record number, from 1
 * @param line    physical line where the record starts
 * @param row     the typed row, when every field could be typed
 * @param problem why the record could not be typed (no field values in it)
 * @param issues  what the reader met in the bytes (encoding, quoting)
 */
public record TypedRow(long number, long line, Optional<CareplanRecord> row, Optional<String> problem,
        List<ReadIssue> issues) {

    /** Checks that nothing is null. */
    public TypedRow {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(problem, "problem");
        issues = List.copyOf(issues);
    }
}
