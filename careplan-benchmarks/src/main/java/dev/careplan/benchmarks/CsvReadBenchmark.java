package dev.careplan.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.FileReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a UPPLAN file with full validation against raw Commons CSV tokenizing of the same MS932 file, and raw
 * FastCSV beside it as the fastest plain tokenizer on the JVM, in the same run. The goal of the CSV module is at
 * least 0.6× the raw Commons CSV throughput ({@link RatioReport} prints the ratio with its interval).
 *
 * <p>The file is 4 MiB so that an iteration holds tens of operations even on a loaded machine; the interval comes
 * from iterations of 2 s in two forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class CsvReadBenchmark {

    @Param("4194304")
    public long fileBytes;

    private Path dir;
    private Path file;
    private final ConformanceValidator validator = ConformanceValidator.producer();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("careplan-bench");
        file = PlanFile.write(dir, fileBytes);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** Baseline: Commons CSV over an MS932 reader, every field touched. */
    @Benchmark
    public long rawCommonsCsv() throws IOException {
        return RawCsv.commonsCsv(file);
    }

    /** Ceiling: FastCSV over the same MS932 reader, every field touched. */
    @Benchmark
    public long rawFastCsv() throws IOException {
        long fields = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), RawCsv.MS932),
                1 << 16); CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(r)) {
            for (CsvRecord rec : csv) {
                for (String s : rec.getFields()) {
                    fields += s.length();
                }
            }
        }
        return fields;
    }

    /** careplan-csv: strict decoding, every field and cross-field rule, typed rows validated. */
    @Benchmark
    public int validateFully() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            FileReport report = validator.validate(PlanFile.NAME, in);
            return report.violations().size();
        }
    }

    /** Raw Commons CSV reading, shared with the whole-process baseline. */
    static final class RawCsv {
        static final java.nio.charset.Charset MS932 = java.nio.charset.Charset.forName("windows-31j");

        private RawCsv() {
        }

        static long commonsCsv(Path file) throws IOException {
            long fields = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), MS932),
                    1 << 16); CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT)) {
                for (CSVRecord rec : p) {
                    for (String s : rec) {
                        fields += s.length();
                    }
                }
            }
            return fields;
        }
    }
}
