package dev.careplan.conformance;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of one scenario (exporter) or one corpus case (importer) (シナリオ・ケースごとの結果).
 *
 * @param id            the scenario or case id
 * @param descriptionJa what it covers, in Japanese
 * @param descriptionEn what it covers, in English
 * @param rules         the rule ids it concerns: for a case, its rule; for a scenario, the rules its files broke
 * @param findings      what was found wrong; empty when it passed
 * @param cited         importer only: the rule ids the importer cited when it refused the case
 */
public record ItemResult(String id, String descriptionJa, String descriptionEn, Set<String> rules,
        List<Finding> findings, Set<String> cited) {

    /** Checks that nothing is null and copies the collections. */
    public ItemResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(descriptionJa, "descriptionJa");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        rules = Set.copyOf(rules);
        findings = List.copyOf(findings);
        cited = Set.copyOf(cited);
    }

    /** True when nothing was found wrong. */
    public boolean passed() {
        return findings.isEmpty();
    }
}
