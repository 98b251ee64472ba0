package com.example;

import dev.careplan.conformance.*;
import dev.careplan.csv.*;
import dev.careplan.model.kyotaku.CareplanDocument;
import dev.careplan.model.validation.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

@ExporterConformance(subject = "Acme Care 5.2")
@ImporterConformance(subject = "Acme Care 5.2")
public class AcmeConformanceTest implements ConformanceExporter, ConformanceImporter {

    @Override
    public void export(Scenario scenario, Path folder) throws Exception {
        for (CareplanDocument document : scenario.documents()) {
            CareplanCsvWriter.strict().write(document, folder); // call your exporter here
        }
    }

    @Override
    public ImportOutcome importFiles(List<Path> files) {
        ValidationReport report = ConformanceValidator.consumer().validate(files); // call your importer here
        return report.hasErrors()
                ? ImportOutcome.rejected(report.violations().stream().filter(Violation::isError)
                        .map(Violation::ruleId).collect(Collectors.toSet()), "refused")
                : ImportOutcome.accepted(ConformanceKit.readRows(files));
    }
}
