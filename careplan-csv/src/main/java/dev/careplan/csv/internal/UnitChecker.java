package dev.careplan.csv.internal;

import dev.careplan.csv.FileReport;
import dev.careplan.csv.SendUnit;
import dev.careplan.csv.UnitReport;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.FileKind;
import dev.careplan.model.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a delivery's files together, once each file was checked on its own: names used twice (SU-006), then each
 * send unit through a short list of {@link UnitStep}s, one per concern.
 */
public final class UnitChecker {

    private static final List<UnitStep> STEPS = List.of(new UnitShapeStep(), new OneFilePerKindStep(),
            new CompletenessStep(), new UnitMonthStep(), new PreventiveRelationStep(), new PlanRelationStep());

    private final ValidationPolicy policy;

    public UnitChecker(ValidationPolicy policy) {
        this.policy = policy;
    }

    /** The delivery's report: each file's own report with the findings of the units it belongs to. */
    public ValidationReport check(List<FileChecker.Result> results, Map<String, Integer> seenNames) {
        Map<String, List<Violation>> sink = new LinkedHashMap<>();
        List<CareplanFileName> names = new ArrayList<>();
        Map<String, FileChecker.Result> byName = new HashMap<>();
        for (FileChecker.Result r : results) {
            r.name().ifPresent(n -> {
                if (byName.putIfAbsent(n.format(), r) == null) {
                    names.add(n);
                }
            });
            String file = r.report().file();
            if (seenNames.getOrDefault(file, 0) > 1) {
                new Found(file, policy, sink.computeIfAbsent(file, k -> new ArrayList<>())).file("SU-006",
                        "duplicateName");
            }
        }
        List<Unnamed> unnamed = results.stream().filter(r -> r.name().isEmpty())
                .map(r -> Unnamed.of(r.report().file())).toList();
        List<UnitReport> units = new ArrayList<>();
        for (SendUnit unit : SendUnit.group(names)) {
            UnitContext u = new UnitContext(unit, unnamed.stream().anyMatch(x -> x.mayBelongTo(unit)), byName, sink,
                    policy);
            for (UnitStep step : STEPS) {
                step.check(u);
            }
            units.add(new UnitReport(unit, unit.isComplete()));
        }
        List<FileReport> reports = new ArrayList<>();
        for (FileChecker.Result r : results) {
            List<Violation> more = sink.remove(r.report().file());
            reports.add(more == null ? r.report() : r.report().plus(more));
        }
        return new ValidationReport(reports, units);
    }

    /** The prefixes of kinds, in catalogue order, for a message: {@code UP1KYO, UP2KYO}. */
    static String prefixes(Set<FileKind> kinds) {
        return kinds.stream().map(FileKind::prefix).collect(Collectors.joining(", "));
    }

    /**
     * A file of the delivery whose name could not be parsed, and what can still be read from it: its 14-digit
     * sequence numbers and whether it starts with a prefix of the standard.
     */
    private record Unnamed(Set<String> sequences, boolean knownPrefix) {
        private static final Pattern SEQUENCE = Pattern.compile("(?<![0-9])[0-9]{14}(?![0-9])");

        static Unnamed of(String fileName) {
            Set<String> seqs = new HashSet<>();
            Matcher m = SEQUENCE.matcher(fileName);
            while (m.find()) {
                seqs.add(m.group());
            }
            boolean prefix = Arrays.stream(FileKind.values()).anyMatch(k -> fileName.startsWith(k.prefix()));
            return new Unnamed(seqs, prefix);
        }

        /** True when the file may be a member of {@code u}: its sequence number, or none and a known prefix. */
        boolean mayBelongTo(SendUnit u) {
            return sequences.isEmpty() ? knownPrefix : sequences.contains(u.sequence().value());
        }
    }
}
