package dev.careplan.conformance;

import java.nio.file.Path;
import org.junit.jupiter.api.TestTemplate;

/**
 * A vendor's exporter under test (出力側の適合性確認): implement {@link #export} in a test class annotated with
 * {@link ExporterConformance}, and every scenario of {@link Scenarios#catalogue()} runs as its own test:
 *
 * <pre>
 * &#64;ExporterConformance(subject = "Acme Care 5.2")
 * class AcmeExporterConformanceTest implements ConformanceExporter {
 *     &#64;Override
 *     public void export(Scenario scenario, Path folder) throws Exception {
 *         acme.exportMonth(toAcme(scenario), folder);   // your exporter writes its files into folder
 *     }
 * }
 * </pre>
 */
public interface ConformanceExporter extends ConformanceSubject {

    /**
     * Writes the files the vendor's software produces for the scenario's data into {@code folder}: the kit reads
     * them back and compares.
     *
     * @param scenario the data to export
     * @param folder   an empty folder of this scenario's own
     * @throws Exception whatever the exporter throws: the scenario fails, naming it
     */
    void export(Scenario scenario, Path folder) throws Exception;

    /** One test per scenario; run by {@link ExporterConformance}, which names and checks each. */
    @TestTemplate
    default void exporterConformance(ScenarioRun run) {
        run.check(this);
    }
}
