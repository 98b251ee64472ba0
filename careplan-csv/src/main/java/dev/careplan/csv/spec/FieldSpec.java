package dev.careplan.csv.spec;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One field of a layout: its number (No.), Japanese name (日本語名称), Java name, length (項目長), requirement (必須),
 * format and, for coded fields, the allowed codes.
 *
 * @param no         field number, from 1
 * @param nameJa     Japanese name as printed
 * @param javaName   Java name (the layout's Java field column; slot fields like {@code kindLimits1.limitUnits})
 * @param length     the 項目長, empty when unbounded
 * @param lengthKind fixed, max or unbounded
 * @param requirement whether the field must be filled
 * @param format     the form of the text
 * @param codes      allowed codes for {@link FieldFormat#CODE}, empty otherwise
 * @param min        smallest allowed number, for ranged integers (第2表 ＮＯ: 1)
 * @param max        largest allowed number, for ranged integers (第2表 ＮＯ: 99)
 */
public record FieldSpec(int no, String nameJa, String javaName, OptionalInt length, LengthKind lengthKind,
        Requirement requirement, FieldFormat format, List<String> codes, OptionalInt min, OptionalInt max) {

    /** Checks that nothing is null and copies the codes. */
    public FieldSpec {
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(lengthKind, "lengthKind");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(format, "format");
        codes = List.copyOf(codes);
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    /** True for free-text fields, which the writer always quotes. */
    public boolean isFreeText() {
        return format == FieldFormat.FREE_TEXT || format == FieldFormat.FREE_TEXT_NUMBER;
    }
}
