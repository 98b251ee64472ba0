package dev.careplan.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One scenario's run in an {@link ExporterConformance} test (シナリオの実行): the scenario, the folder the exporter
 * writes into, and the check that fails the test with the kit's findings. Created by the kit, passed to
 * {@link ConformanceExporter}'s test.
 */
public final class ScenarioRun {

    private final Scenario scenario;
    private final ReportCollector collector;

    ScenarioRun(Scenario scenario, ReportCollector collector) {
        this.scenario = scenario;
        this.collector = collector;
    }

    /** The scenario of this run. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * Runs the exporter on the scenario into a fresh folder, checks the files, records the result for the report,
     * and fails with the findings.
     *
     * @throws AssertionError listing the findings when the scenario did not pass
     */
    public void check(ConformanceExporter exporter) {
        Path folder = fresh(collector.filesOf(scenario.id()));
        ItemResult result = ConformanceKit.runExport(scenario, exporter, folder);
        collector.record(result, exporter.reportClock());
        Runs.failOn(result);
    }

    /** An empty folder at {@code dir}: what an earlier run left there is removed first. */
    static Path fresh(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }
}
