package dev.careplan.conformance;

import java.nio.file.Path;

/**
 * One corpus case's run in an {@link ImporterConformance} test (ケースの実行): the case, the folder its files are
 * copied into, and the check that fails the test with the kit's findings. Created by the kit, passed to
 * {@link ConformanceImporter}'s test.
 */
public final class CaseRun {

    private final ConformanceCorpus corpus;
    private final CorpusCase corpusCase;
    private final ReportCollector collector;

    CaseRun(ConformanceCorpus corpus, CorpusCase corpusCase, ReportCollector collector) {
        this.corpus = corpus;
        this.corpusCase = corpusCase;
        this.collector = collector;
    }

    /** The corpus case of this run. */
    public CorpusCase corpusCase() {
        return corpusCase;
    }

    /**
     * Feeds the case's files to the importer, judges its answer, records the result for the report, and fails with
     * the findings.
     *
     * @throws AssertionError listing the findings when the case did not pass
     */
    public void check(ConformanceImporter importer) {
        Path folder = ScenarioRun.fresh(collector.filesOf(corpusCase.id()));
        ItemResult result = ConformanceKit.runImport(corpus, corpusCase, importer, folder);
        collector.record(result, importer.reportClock());
        Runs.failOn(result);
    }
}
