package dev.careplan.conformance;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gathers the results of one test class's scenarios or cases and writes the report when JUnit closes it (at the end
 * of the test template), in catalogue order whatever order the tests ran in.
 */
final class ReportCollector implements AutoCloseable {

    private final ConformanceReport.Kind kind;
    private final String subject;
    private final Path folder;
    private final String baseName;
    private final List<String> order;
    private final Map<String, ItemResult> results = new LinkedHashMap<>();
    private Clock clock = Clock.systemDefaultZone();

    ReportCollector(ConformanceReport.Kind kind, String subject, Path folder, String baseName, List<String> order) {
        this.kind = kind;
        this.subject = subject;
        this.folder = folder;
        this.baseName = baseName;
        this.order = List.copyOf(order);
    }

    /** The folder where the report goes; the files of each scenario or case are kept beside it. */
    Path folder() {
        return folder;
    }

    /** The folder of one scenario's or case's files. */
    Path filesOf(String id) {
        return folder.resolve(baseName + "-files").resolve(id);
    }

    synchronized void record(ItemResult result, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "the report clock");
        results.put(result.id(), result);
    }

    /** The report of what ran so far. */
    synchronized ConformanceReport report() {
        List<ItemResult> items = new ArrayList<>();
        for (String id : order) {
            ItemResult r = results.get(id);
            if (r != null) {
                items.add(r);
            }
        }
        return kind == ConformanceReport.Kind.EXPORTER ? ConformanceKit.exporterReport(subject, clock, items)
                : ConformanceKit.importerReport(subject, clock, items);
    }

    @Override
    public synchronized void close() {
        if (!results.isEmpty()) {
            ConformanceKit.write(report(), folder, baseName);
        }
    }

    /** The report folder for an annotation attribute: the attribute, else the system property, else the default. */
    static Path reportFolder(String attribute) {
        String dir = !attribute.isEmpty() ? attribute
                : System.getProperty(ExporterConformance.REPORT_DIR_PROPERTY, ExporterConformance.DEFAULT_REPORT_DIR);
        return Path.of(dir).toAbsolutePath();
    }
}
