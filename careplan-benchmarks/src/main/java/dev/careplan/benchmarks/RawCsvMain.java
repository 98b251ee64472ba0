package dev.careplan.benchmarks;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The baseline of {@link CliProcessBenchmark}: a plain program that reads a CSV file with Commons CSV, every field
 * touched, in a JVM of its own: {@code java -cp benchmarks.jar dev.careplan.benchmarks.RawCsvMain FILE}.
 */
public final class RawCsvMain {
    private RawCsvMain() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(CsvReadBenchmark.RawCsv.commonsCsv(Path.of(args[0])));
    }
}
