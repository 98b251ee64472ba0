package dev.careplan.csv.internal;

import dev.careplan.csv.SendUnit;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import dev.careplan.model.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the steps checking one send unit share: the unit, its files' facts, the findings, and earlier verdicts. */
final class UnitContext {
    final SendUnit unit;
    final Set<FileKind> kinds;
    /** True when a file of the delivery whose name could not be parsed may be a member of this unit. */
    final boolean maybeIncomplete;
    /** Files that are a second file of their kind (OUT-001): they take no part in the relation checks. */
    final Set<String> extras = new HashSet<>();
    /** True when the unit's files carry different months (SU-004): records cannot be matched by month. */
    boolean monthsDisagree;

    private final Map<String, FileChecker.Result> byName;
    private final Map<String, List<Violation>> sink;
    private final ValidationPolicy policy;

    UnitContext(SendUnit unit, boolean maybeIncomplete, Map<String, FileChecker.Result> byName,
            Map<String, List<Violation>> sink, ValidationPolicy policy) {
        this.unit = unit;
        this.kinds = unit.kinds();
        this.maybeIncomplete = maybeIncomplete;
        this.byName = byName;
        this.sink = sink;
        this.policy = policy;
    }

    /** Where findings on a file of the unit go. */
    Found found(CareplanFileName file) {
        return found(file.format());
    }

    /** Findings on the unit as a whole go to its first file. */
    Found found() {
        return found(unit.files().get(0));
    }

    private Found found(String file) {
        return new Found(file, policy, sink.computeIfAbsent(file, k -> new ArrayList<>()));
    }

    /** What a file of the unit contributes to the relation checks. */
    FileFacts facts(CareplanFileName file) {
        return byName.get(file.format()).facts();
    }

    /** True when some file of the unit could not be read as text: nothing can be matched against its records. */
    boolean anyUnreadable() {
        return unit.files().stream().anyMatch(n -> facts(n).unreadable);
    }
}
