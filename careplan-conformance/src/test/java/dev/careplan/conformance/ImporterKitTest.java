package dev.careplan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer kit judges a careless importer, a throwing one and one that refuses for the wrong reason. */
class ImporterKitTest {

    @TempDir
    Path dir;

    private List<ItemResult> run(ConformanceImporter importer) {
        ConformanceCorpus corpus = ConformanceCorpus.load();
        List<ItemResult> out = new ArrayList<>();
        for (CorpusCase c : corpus.cases()) {
            out.add(ConformanceKit.runImport(corpus, c, importer, dir.resolve(out.size() + "-" + c.id())));
        }
        return out;
    }

    @Test
    void anImporterThatAcceptsEverythingFailsEveryInvalidCaseAndItsRule() {
        List<ItemResult> items = run(files -> ImportOutcome.accepted(List.of()));
        ConformanceCorpus corpus = ConformanceCorpus.load();
        for (ItemResult i : items) {
            CorpusCase c = corpus.find(i.id()).orElseThrow();
            if (c.consumer() == CaseKind.INVALID) {
                assertThat(i.findings()).as(i.id()).extracting(Finding::check).containsExactly(Finding.Check.VERDICT);
            } else {
                assertThat(i.findings()).as(i.id()).extracting(Finding::check).doesNotContain(Finding.Check.VERDICT);
            }
        }
        // Accepted, but nothing imported: the content of the conformant delivery differs.
        assertThat(items).filteredOn(i -> i.id().equals("valid")).singleElement().extracting(ItemResult::findings)
                .asList().extracting(f -> ((Finding) f).check()).containsExactly(Finding.Check.CONTENT);
        ConformanceReport report = ConformanceKit.importerReport("careless", Clock.fixed(SdkExporter.CLOCK.instant(),
                SdkExporter.CLOCK.getZone()), items);
        assertThat(report.failedRules()).extracting(RuleResult::ruleId).contains("FN-011", "ENC-001", "SU-002");
        assertThat(report.score()).isLessThan(50);
        assertThat(report.date()).hasToString("2025-07-01");
    }

    @Test
    void aThrowingImporterCrashesEveryCaseWithoutLeakingItsMessage() {
        List<ItemResult> items = run(files -> {
            throw new IllegalStateException("secret row text");
        });
        assertThat(items).allMatch(i -> i.findings().size() == 1
                && i.findings().get(0).check() == Finding.Check.CRASH
                && !i.findings().get(0).message().contains("secret"));
    }

    @Test
    void aRefusalCitingOtherRulesStillPassesButDoesNotAgree() {
        SdkImporter sdk = new SdkImporter();
        List<ItemResult> items = run(files -> sdk.importFiles(files) instanceof ImportOutcome.Rejected
                ? ImportOutcome.rejected(Set.of("XYZ-999"), "own reason") : sdk.importFiles(files));
        ConformanceReport report = ConformanceKit.importerReport("other rules", SdkExporter.CLOCK, items);
        assertThat(report.passed()).isTrue();
        assertThat(report.rules()).allMatch(r -> r.agreed() == 0);
        ConformanceReport sdkReport = ConformanceKit.importerReport("sdk", SdkExporter.CLOCK, run(sdk));
        assertThat(sdkReport.rules()).filteredOn(r -> r.ruleId().equals("FN-011")).singleElement()
                .extracting(RuleResult::agreed).isEqualTo(1);
    }
}
