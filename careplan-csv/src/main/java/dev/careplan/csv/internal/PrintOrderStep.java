package dev.careplan.csv.internal;

import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.model.FileKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** REL-009: 第2表 rows of one plan come in 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ order, no triple twice. */
final class PrintOrderStep implements FileStep {
    private List<FieldSpec> plan = List.of();
    private FieldSpec[] numbers;
    private final Map<String, int[]> last = new HashMap<>();

    @Override
    public void layout(FileContext c) {
        if (c.layout.kind() == FileKind.UP2KYO) {
            plan = c.pack.relationKey(FileKind.UP2KYO);
            numbers = new FieldSpec[] {c.layout.require("issueNo"), c.layout.require("goalNo"),
                c.layout.require("supportContentNo")};
        }
    }

    @Override
    public boolean record(FileContext c) {
        if (numbers == null) {
            return true;
        }
        int[] t = {number(c.text(numbers[0])), number(c.text(numbers[1])), number(c.text(numbers[2]))};
        if (t[0] < 0 || t[1] < 0 || t[2] < 0) {
            return true;
        }
        int[] previous = last.put(c.key(plan), t);
        if (previous != null && Arrays.compare(t, previous) <= 0) {
            c.found.record("REL-009", "order", c.number, c.line);
        }
        return true;
    }

    private static int number(String t) {
        return !t.isEmpty() && t.length() <= 2 && FieldChecks.digits(t, t.length()) ? Integer.parseInt(t) : -1;
    }
}
