package dev.careplan.csv.spec;

import dev.careplan.model.FileKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The CSV layout of one file kind in one CSV version: its fields in order (CSVファイルレイアウト定義書).
 *
 * @param kind   the file kind
 * @param fields the fields, No.1 first
 */
public record Layout(FileKind kind, List<FieldSpec> fields) {

    /** Checks that nothing is null and copies the fields. */
    public Layout {
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
    }

    /** Number of fields of a record (CSV-004). */
    public int fieldCount() {
        return fields.size();
    }

    /** The field with number {@code no} (1-based). */
    public FieldSpec field(int no) {
        return fields.get(no - 1);
    }

    /** The field with the given Java name. */
    public Optional<FieldSpec> field(String javaName) {
        return fields.stream().filter(f -> f.javaName().equals(javaName)).findFirst();
    }

    /**
     * The field with the given Java name, for code that needs it.
     *
     * @throws IllegalStateException when the layout has no such field (a pack that does not match the code)
     */
    public FieldSpec require(String javaName) {
        return field(javaName).orElseThrow(() -> new IllegalStateException(
                "the layout of " + kind.prefix() + " has no field " + javaName));
    }
}
