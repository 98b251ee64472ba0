package dev.careplan.conformance;

import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.model.kyotaku.CareplanDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The SDK's own exporter, as a vendor would wire theirs: each document of the scenario through the strict writer. */
class SdkExporter implements ConformanceExporter {

    /** The fixed clock of the kit's own tests: reports never depend on the day they run. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);

    @Override
    public void export(Scenario scenario, Path folder) throws IOException {
        for (CareplanDocument d : scenario.documents()) {
            CareplanCsvWriter.strict().write(d, folder);
        }
    }

    @Override
    public Clock reportClock() {
        return CLOCK;
    }
}
