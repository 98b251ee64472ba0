package dev.careplan.cli;

import dev.careplan.model.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The violations of one file as a report lists them: the first {@code max} in file order, and the rest counted by
 * rule id, so that a file with thousands of breaches stays readable. The verdict on the file is never capped.
 *
 * @param shown         the violations listed
 * @param omittedByRule how many of each rule were left out, most frequent first
 */
record ListedViolations(List<Violation> shown, Map<String, Integer> omittedByRule) {

    /** Copies both. */
    ListedViolations {
        shown = List.copyOf(shown);
        omittedByRule = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(omittedByRule));
    }

    /** At most {@code max} of {@code all} ({@code 0}: all of them). */
    static ListedViolations of(List<Violation> all, int max) {
        if (max == 0 || all.size() <= max) {
            return new ListedViolations(all, Map.of());
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Violation v : all.subList(max, all.size())) {
            counts.merge(v.ruleId(), 1, Integer::sum);
        }
        Map<String, Integer> byFrequency = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return new ListedViolations(new ArrayList<>(all.subList(0, max)), byFrequency);
    }

    /** How many were left out. */
    int omitted() {
        return omittedByRule.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The left-out rules as {@code RULE×K}, joined by {@code separator}. */
    String omittedRules(String separator) {
        return omittedByRule.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining(separator));
    }
}
