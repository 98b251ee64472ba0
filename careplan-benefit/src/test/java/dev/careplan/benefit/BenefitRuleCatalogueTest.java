package dev.careplan.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.csv.CatalogueRule;
import dev.careplan.csv.RuleCatalogue;
import dev.careplan.csv.ValidationProfile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The 給付管理 rules are rows of the rule catalogue (docs/rules.md, section L), one to one, with their severity. */
class BenefitRuleCatalogueTest {

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.v41();

    @Test
    void everyBenefitRuleIsCataloguedWithItsSeverity() {
        for (BenefitRule r : BenefitRule.values()) {
            CatalogueRule row = CATALOGUE.rule(r.id()).orElseThrow(() -> new AssertionError(r.id() + " missing"));
            assertThat(row.check()).as(r.id()).isEqualTo(CatalogueRule.Check.BENEFIT);
            assertThat(row.severity(ValidationProfile.PRODUCER)).as(r.id()).contains(r.severity());
            assertThat(row.severity(ValidationProfile.CONSUMER)).as(r.id()).contains(r.severity());
            assertThat(row.source()).as(r.id()).isEqualTo(r.source());
        }
    }

    @Test
    void everyCataloguedBenefitRuleIsReportedByTheModule() {
        assertThat(CATALOGUE.rules().stream().filter(r -> r.check() == CatalogueRule.Check.BENEFIT)
                .map(CatalogueRule::id)).containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(BenefitRule.values()).map(BenefitRule::id).toList());
    }
}
