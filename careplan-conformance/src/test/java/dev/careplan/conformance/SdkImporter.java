package dev.careplan.conformance;

import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SDK's own importer: validate under the consumer profile, refuse with the ERROR rule ids, else read every
 * distinct file as typed rows.
 */
class SdkImporter implements ConformanceImporter {

    @Override
    public ImportOutcome importFiles(List<Path> files) {
        ValidationReport report = ConformanceValidator.consumer().validate(files);
        if (report.hasErrors()) {
            Set<String> rules = report.violations().stream().filter(Violation::isError).map(Violation::ruleId)
                    .collect(Collectors.toSet());
            return ImportOutcome.rejected(rules, "the consumer profile reports ERRORs");
        }
        return ImportOutcome.accepted(ConformanceKit.readRows(files));
    }

    @Override
    public Clock reportClock() {
        return SdkExporter.CLOCK;
    }
}
