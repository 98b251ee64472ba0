package dev.careplan.conformance;

/**
 * The SDK's reader and consumer-profile validator through the importer kit: every corpus case is a test of its own,
 * and the report lands in {@code target/careplan-conformance/SdkImporterConformanceTest-importer.html}.
 */
@ImporterConformance(subject = "careplan-sdk consumer validator + RecordCodec")
class SdkImporterConformanceTest extends SdkImporter {
}
