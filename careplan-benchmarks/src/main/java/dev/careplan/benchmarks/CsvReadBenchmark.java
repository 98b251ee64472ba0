package dev.careplan.benchmarks;

import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.FileReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a UPPLAN file with full validation against raw Commons CSV tokenizing of the same MS932 file, in the same
 * run. The goal of the CSV module is at least 0.6× the raw throughput ({@link RatioReport} prints the ratio).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvReadBenchmark {

    @Param("16777216")
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
        long fields = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                Charset.forName("windows-31j")), 1 << 16);
                CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT)) {
            for (CSVRecord rec : p) {
                for (String s : rec) {
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
}
