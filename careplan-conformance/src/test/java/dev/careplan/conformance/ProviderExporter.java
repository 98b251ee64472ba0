package dev.careplan.conformance;

/**
 * A provider's system, which writes only 実績: it selects the {@code actuals} scenario. Launched by
 * {@link KitReportTest}, not a test of its own.
 */
@ExporterConformance(subject = "Provider system", reportDir = ProviderExporter.REPORT_DIR, scenarios = "actuals")
public class ProviderExporter extends SdkExporter {

    static final String REPORT_DIR = "target/careplan-conformance-provider";
}
