package dev.careplan.conformance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One case of the conformance corpus (適合性テストケース): a delivery of one or more files that breaks exactly one rule
 * of the catalogue, or none for the conformant case {@code valid}, with what the validator must report.
 *
 * @param id               the case id: the rule id, or rule id + {@code .variant} for a further case of the same
 *                         rule, or {@code valid}
 * @param ruleId           the rule the case proves; empty for {@code valid}
 * @param producer         the verdict under the producer profile (what an exporter may write)
 * @param consumer         the verdict under the consumer profile (what an importer must accept or refuse)
 * @param producerErrors   the rule ids reported as ERROR under the producer profile
 * @param consumerErrors   the rule ids reported as ERROR under the consumer profile
 * @param files            the files of the delivery, in name order: file names, or paths relative to the case
 *                         ({@code a/NAME.CSV}) where the delivery comes in folders
 * @param descriptionJa    what the case breaks, in Japanese
 * @param descriptionEn    what the case breaks, in English
 * @param expected         every violation the producer profile reports ({@code expected.tsv})
 * @param expectedConsumer every violation the consumer profile reports where the case states it separately
 *                         ({@code expected-consumer.tsv}); empty otherwise
 */
public record CorpusCase(String id, Optional<String> ruleId, CaseKind producer, CaseKind consumer,
        Set<String> producerErrors, Set<String> consumerErrors, List<String> files, String descriptionJa,
        String descriptionEn, List<ExpectedViolation> expected, List<ExpectedViolation> expectedConsumer) {

    /** Checks that nothing is null and copies the collections. */
    public CorpusCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(consumer, "consumer");
        producerErrors = Set.copyOf(producerErrors);
        consumerErrors = Set.copyOf(consumerErrors);
        files = List.copyOf(files);
        Objects.requireNonNull(descriptionJa, "descriptionJa");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        expected = List.copyOf(expected);
        expectedConsumer = List.copyOf(expectedConsumer);
    }

    /** The description in {@code ja} or English (any other language). */
    public String description(String language) {
        return "ja".equals(language) ? descriptionJa : descriptionEn;
    }
}
