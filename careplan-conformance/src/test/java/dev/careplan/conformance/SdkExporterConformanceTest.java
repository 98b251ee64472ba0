package dev.careplan.conformance;

/**
 * The SDK's writer through the exporter kit, exactly as a vendor's exporter runs: every scenario is a test of its
 * own, and the report lands in {@code target/careplan-conformance/SdkExporterConformanceTest-exporter.html}.
 */
@ExporterConformance(subject = "careplan-sdk CareplanCsvWriter")
class SdkExporterConformanceTest extends SdkExporter {
}
