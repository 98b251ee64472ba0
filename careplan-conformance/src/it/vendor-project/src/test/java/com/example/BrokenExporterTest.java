package com.example;

import dev.careplan.conformance.ConformanceExporter;
import dev.careplan.conformance.ExporterConformance;
import dev.careplan.conformance.Scenario;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.model.FileKind;
import dev.careplan.model.kyotaku.CareplanDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A deliberately broken exporter: no 第7表 in the 利用票 unit, UTF-8 instead of MS932 for the MS932 scenario, and
 * 実績 whose first two fields after the CSVバージョン are swapped.
 */
@ExporterConformance(subject = "Broken exporter")
class BrokenExporterTest implements ConformanceExporter {

    @Override
    public void export(Scenario scenario, Path folder) throws Exception {
        for (CareplanDocument d : scenario.documents()) {
            if (scenario.id().equals("use-unit") && d.fileKind() == FileKind.UPSIKYU) {
                continue;
            }
            Path file = CareplanCsvWriter.strict().write(d, folder).path();
            String text = new String(Files.readAllBytes(file), Charset.forName("windows-31j"));
            if (scenario.id().equals("plan-and-use.ms932")) {
                Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            } else if (scenario.id().equals("actuals")) {
                // Insurer and insured number hold digits only: a split on commas is safe for these two fields.
                String swapped = text.lines().map(line -> {
                    String[] f = line.split(",", -1);
                    String insurer = f[1];
                    f[1] = f[2];
                    f[2] = insurer;
                    return String.join(",", Arrays.asList(f));
                }).collect(Collectors.joining("\r\n", "", "\r\n"));
                Files.write(file, swapped.getBytes(Charset.forName("windows-31j")));
            }
        }
    }
}
