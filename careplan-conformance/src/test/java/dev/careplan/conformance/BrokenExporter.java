package dev.careplan.conformance;

import dev.careplan.csv.CareplanCsvReader;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.csv.RawField;
import dev.careplan.csv.RawRecord;
import dev.careplan.model.FileKind;
import dev.careplan.model.kyotaku.CareplanDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately broken vendor exporter, one defect per scenario so that the report shows each on its own: the
 * 利用票 unit without its 第7表 ({@code use-unit}), the MS932 scenario written in UTF-8
 * ({@code plan-and-use.ms932}), and 実績 with 保険者番号 and 被保険者番号 in each other's place ({@code actuals}).
 * The other scenarios are written correctly. Not a test of its own (its name does not end in Test): the kit's tests
 * launch it and check what the kit reported.
 */
@ExporterConformance(subject = "Broken exporter (deliberate defects)", reportDir = BrokenExporter.REPORT_DIR)
public class BrokenExporter implements ConformanceExporter {

    static final String REPORT_DIR = "target/careplan-conformance-broken";

    @Override
    public void export(Scenario scenario, Path folder) throws IOException {
        for (CareplanDocument d : scenario.documents()) {
            if (scenario.id().equals("use-unit") && d.fileKind() == FileKind.UPSIKYU) {
                continue;
            }
            Path file = CareplanCsvWriter.strict().write(d, folder).path();
            byte[] bytes = Files.readAllBytes(file);
            if (scenario.id().equals("plan-and-use.ms932")) {
                bytes = new String(bytes, Charset.forName("windows-31j")).getBytes(StandardCharsets.UTF_8);
            } else if (scenario.id().equals("actuals")) {
                bytes = swapFields(bytes, 2, 3);
            }
            Files.write(file, bytes);
        }
    }

    private static byte[] swapFields(byte[] file, int a, int b) throws IOException {
        List<RawRecord> records = new ArrayList<>();
        try (CareplanCsvReader r = CareplanCsvReader.of(new ByteArrayInputStream(file))) {
            for (RawRecord rec : r) {
                List<RawField> fields = new ArrayList<>(rec.fields());
                RawField first = fields.get(a - 1);
                fields.set(a - 1, fields.get(b - 1));
                fields.set(b - 1, first);
                records.add(new RawRecord(rec.number(), rec.line(), fields, rec.terminator(), List.of()));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CareplanCsvWriter.strict().writeRaw(records, out);
        return out.toByteArray();
    }

    @Override
    public Clock reportClock() {
        return SdkExporter.CLOCK;
    }
}
