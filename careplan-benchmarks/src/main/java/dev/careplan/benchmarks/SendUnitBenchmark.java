package dev.careplan.benchmarks;

import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.ValidationReport;
import dev.careplan.examples.DemoMonth;
import dev.careplan.model.SequenceNumber;
import dev.careplan.model.kyotaku.CareplanDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a whole send unit (the 利用票 unit of the demo month: 第6表 UPPLAN, 第7表 UPSIKYU and
 * 利用者補足情報 UPHOSOKU, with the file-name, unit-shape and cross-file checks) against raw Commons CSV reading the
 * same three files. Units are small, so this measures the per-unit cost a sender pays on every send, not bulk throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class SendUnitBenchmark {

    private Path dir;
    private List<Path> files;
    private final ConformanceValidator validator = ConformanceValidator.producer();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("careplan-bench-unit");
        files = new ArrayList<>();
        DemoMonth month = new DemoMonth(YearMonth.of(2025, 6));
        for (CareplanDocument doc : month.useUnit(DemoMonth.HOME_HELP,
                SequenceNumber.of(LocalDateTime.of(2025, 5, 25, 9, 30)))) {
            files.add(CareplanCsvWriter.strict().write(doc, dir).path());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }

    /** Baseline: Commons CSV over an MS932 reader, every field of the three files touched. */
    @Benchmark
    public long rawCommonsCsvUnit() throws IOException {
        long fields = 0;
        for (Path f : files) {
            fields += CsvReadBenchmark.RawCsv.commonsCsv(f);
        }
        return fields;
    }

    /** careplan-csv: every file validated, then the unit's shape and cross-file rules. */
    @Benchmark
    public int validateUnit() {
        ValidationReport report = validator.validate(files);
        return report.violations().size();
    }

    List<Path> files() {
        return files;
    }
}
