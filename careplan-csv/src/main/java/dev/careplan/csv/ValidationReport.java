package dev.careplan.csv;

import dev.careplan.model.validation.Violation;
import java.util.List;

/**
 * The verdict on a delivery: one report per file, one per send unit (in import order), and a summary. Invalid input
 * is described here, never thrown.
 *
 * @param files per-file reports, in the order the files were given
 * @param units send units in import order
 */
public record ValidationReport(List<FileReport> files, List<UnitReport> units) {

    /** Copies the lists. */
    public ValidationReport {
        files = List.copyOf(files);
        units = List.copyOf(units);
    }

    /** True when some file has an ERROR violation. */
    public boolean hasErrors() {
        return files.stream().anyMatch(f -> !f.valid());
    }

    /** Number of valid files. */
    public long validFiles() {
        return files.stream().filter(FileReport::valid).count();
    }

    /** Each file's violations listed under a cap of {@code max} per file ({@link FileReport#limited(int)}). */
    public List<FileReport.Listing> limited(int max) {
        return files.stream().map(f -> f.limited(max)).toList();
    }

    /** Every violation of every file. */
    public List<Violation> violations() {
        return files.stream().flatMap(f -> f.violations().stream()).toList();
    }
}
