package dev.careplan.conformance;

import java.util.Objects;

/**
 * The result of one rule of the catalogue (ルールごとの結果): how many scenarios or cases that concern it passed and
 * failed, and for an importer how many of its refusals named the rule.
 *
 * @param ruleId  the rule id
 * @param summary what the rule requires, from the catalogue (English)
 * @param passed  scenarios or cases of the rule that passed
 * @param failed  scenarios or cases of the rule that failed
 * @param agreed  importer only: refusals of the rule's cases that named the rule among their rule ids
 */
public record RuleResult(String ruleId, String summary, int passed, int failed, int agreed) {

    /** Checks that nothing is null. */
    public RuleResult {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(summary, "summary");
    }

    /** True when nothing concerning the rule failed. */
    public boolean ok() {
        return failed == 0;
    }
}
