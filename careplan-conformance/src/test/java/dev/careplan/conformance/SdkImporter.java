package dev.careplan.conformance;

import dev.careplan.conformance.internal.ImportCheck;
import dev.careplan.conformance.internal.TypedRows;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.kyotaku.CareplanRecord;
import dev.careplan.model.validation.Violation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
        List<CareplanRecord> rows = new ArrayList<>();
        for (Path f : ImportCheck.distinct(files)) {
            TypedRows.read(f).ifPresent(rows::addAll);
        }
        return ImportOutcome.accepted(rows);
    }

    @Override
    public Clock reportClock() {
        return SdkExporter.CLOCK;
    }
}
