package dev.careplan.examples;

import dev.careplan.conformance.ConformanceExporter;
import dev.careplan.conformance.ConformanceImporter;
import dev.careplan.conformance.ExporterConformance;
import dev.careplan.conformance.ImportOutcome;
import dev.careplan.conformance.ImporterConformance;
import dev.careplan.conformance.Scenario;
import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.RawField;
import dev.careplan.csv.RawRecord;
import dev.careplan.csv.RecordCodec;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.FileKind;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A vendor's conformance test class in full: the kit runs every scenario through the vendor's exporter and every
 * corpus case through its importer, one test each, and writes {@code VendorConformanceExample-exporter.html} and
 * {@code -importer.html} into {@code target/careplan-conformance}, the reports to attach for the national operator's
 * vendor test. Here the "vendor" is a care-management system built on this SDK: its exporter writes each document
 * with the strict writer; its importer refuses what the consumer profile finds an ERROR in (citing the rule ids) and
 * otherwise imports the typed rows of each file once. A vendor with an exporter of its own maps
 * {@link Scenario#documents()} to its own data and calls its own export instead.
 */
@ExporterConformance(subject = "Example care-management system 1.0 (careplan-sdk writer)")
@ImporterConformance(subject = "Example care-management system 1.0 (careplan-sdk reader)")
class VendorConformanceExample implements ConformanceExporter, ConformanceImporter {

    @Override
    public void export(Scenario scenario, Path folder) throws IOException {
        for (CareplanDocument document : scenario.documents()) {
            CareplanCsvWriter.strict().write(document, folder);
        }
    }

    @Override
    public ImportOutcome importFiles(List<Path> files) throws IOException {
        ValidationReport report = ConformanceValidator.consumer().validate(files);
        if (report.hasErrors()) {
            return ImportOutcome.rejected(report.violations().stream().filter(Violation::isError)
                    .map(Violation::ruleId).collect(Collectors.toSet()), "refused by the consumer profile");
        }
        List<CareplanRecord> rows = new ArrayList<>();
        Map<String, byte[]> seen = new HashMap<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            byte[] before = seen.putIfAbsent(file.getFileName().toString(), bytes);
            Optional<RecordCodec> codec = FileKind.matchName(file.getFileName().toString())
                    .flatMap(RecordCodec::forKind);
            if ((before != null && Arrays.equals(before, bytes)) || codec.isEmpty()) {
                continue; // a file delivered twice is imported once; images and deletions have no typed rows here
            }
            try (CareplanCsvReader reader = CareplanCsvReader.open(file)) {
                for (RawRecord record : reader) {
                    rows.add(codec.get().fromFields(record.fields().stream().map(RawField::text).toList()));
                }
            }
        }
        return ImportOutcome.accepted(rows);
    }

    /** The day in the report; a fixed one here, so that the example's output is the same every day. */
    @Override
    public Clock reportClock() {
        return Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);
    }
}
