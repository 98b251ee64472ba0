package dev.careplan.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints each SDK operation as a ratio of the raw library's throughput measured in the same
 * run, with its 95 % interval and whether the goal is met:
 *
 * <pre>
 * java -jar careplan-benchmarks/target/benchmarks.jar [JMH options]      run (JMH options override the defaults)
 * java -jar careplan-benchmarks/target/benchmarks.jar --report RUN.json  the table of an earlier run
 * </pre>
 *
 * <p>A run writes its results as JSON ({@code careplan-benchmarks/target/jmh-results.json} unless {@code -rff} says
 * otherwise), and the table is always computed from that file, so that a table can be recomputed from any run.
 */
public final class RatioReport {
    private static final String DEFAULT_RESULTS = "careplan-benchmarks/target/jmh-results.json";

    private RatioReport() {
    }

    public static void main(String[] args) throws RunnerException, IOException, CommandLineOptionException {
        if (args.length == 2 && args[0].equals("--report")) {
            print(Results.read(Path.of(args[1])), System.out);
            return;
        }
        CommandLineOptions given = new CommandLineOptions(args);
        Path json = Path.of(given.getResult().orElse(Files.isDirectory(Path.of("careplan-benchmarks/target"))
                ? DEFAULT_RESULTS : "jmh-results.json"));
        Options options = new OptionsBuilder().parent(given).resultFormat(ResultFormatType.JSON)
                .result(json.toString()).build();
        new Runner(options).run();
        System.out.println();
        System.out.println("Results: " + json);
        print(Results.read(json), System.out);
    }

    /** The ratio table of a run's results. */
    static void print(Results r, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%-58s %8s  %-17s %6s  %s%n", "SDK operation / raw ceiling (same run)", "ratio",
                "95% interval", "goal", "verdict");
        row(out, "CSV read + full validation / raw Commons CSV", r, "CsvReadBenchmark.validateFully",
                "CsvReadBenchmark.rawCommonsCsv", 0.6);
        row(out, "raw FastCSV / raw Commons CSV (a faster tokenizer)", r, "CsvReadBenchmark.rawFastCsv",
                "CsvReadBenchmark.rawCommonsCsv", 0);
        row(out, "send unit validation / raw Commons CSV of its files", r, "SendUnitBenchmark.validateUnit",
                "SendUnitBenchmark.rawCommonsCsvUnit", 0);
        row(out, "typed write (model → MS932 CSV) / raw Commons CSV print", r, "WriteBenchmark.typedWrite",
                "WriteBenchmark.rawCommonsCsvPrint", 0);
        row(out, "seal / raw AES-256-GCM", r, "CryptoBenchmark.seal", "CryptoBenchmark.rawAesGcm", 0.5);
        row(out, "open / raw AES-256-GCM", r, "CryptoBenchmark.open", "CryptoBenchmark.rawAesGcm", 0.5);
        row(out, "raw SHA-256 / raw AES-256-GCM", r, "CryptoBenchmark.rawSha256", "CryptoBenchmark.rawAesGcm", 0);
        Optional<Estimate> serial = rate(r, "CryptoBenchmark.rawAesGcm")
                .flatMap(a -> rate(r, "CryptoBenchmark.rawSha256").map(a::inSeriesWith));
        serial.ifPresent(ceiling -> {
            rate(r, "CryptoBenchmark.seal").ifPresent(s -> line(out, "seal / (AES-256-GCM then SHA-256, one core)",
                    s.over(ceiling), 0));
            rate(r, "CryptoBenchmark.open").ifPresent(s -> line(out, "open / (AES-256-GCM then SHA-256, one core)",
                    s.over(ceiling), 0));
        });
        row(out, "cold CLI validate 50 MB / cold raw Commons CSV process", r, "CliProcessBenchmark.cliValidate",
                "CliProcessBenchmark.rawCommonsCsvProcess", 0.5);
        throughputs(r, out);
        perFile(r, out);
        chunkSweep(r, out);
    }

    /** The time of sealing and opening a small file: the fixed cost per file, which streaming does not amortise. */
    private static void perFile(Results r, PrintStream out) {
        List<String> small = List.of("CryptoBenchmark.sealSmall", "CryptoBenchmark.openSmall");
        if (small.stream().noneMatch(s -> r.get(s).isPresent())) {
            return;
        }
        out.println();
        out.println("Per file of 4 KiB (µs per operation, 95% interval):");
        for (String s : small) {
            r.get(s).ifPresent(b -> {
                Estimate e = b.seconds();
                out.printf(Locale.ROOT, "  %-44s %9.1f  [%.1f, %.1f]%n", s, e.mean() * 1e6, e.low() * 1e6,
                        e.high() * 1e6);
            });
        }
    }

    private static Optional<Estimate> rate(Results r, String name) {
        return r.get(name).map(Results.Benchmark::rate);
    }

    private static void row(PrintStream out, String what, Results r, String sdk, String raw, double goal) {
        Optional<Estimate> a = rate(r, sdk);
        Optional<Estimate> b = rate(r, raw);
        if (a.isPresent() && b.isPresent()) {
            line(out, what, a.get().over(b.get()), goal);
        }
    }

    private static void line(PrintStream out, String what, Estimate ratio, double goal) {
        String verdict;
        if (goal <= 0) {
            verdict = "";
        } else if (ratio.low() >= goal) {
            verdict = "met";
        } else if (ratio.high() < goal) {
            verdict = "not met";
        } else {
            verdict = "undecided (the interval spans the goal: run longer)";
        }
        if (ratio.relativeError() > 0.10) {
            verdict = (verdict.isEmpty() ? "" : verdict + "; ") + "noisy (±" + Math.round(ratio.relativeError() * 100)
                    + " %)";
        }
        out.printf(Locale.ROOT, "%-58s %7.2f×  [%5.2f, %5.2f]     %6s  %s%n", what, ratio.mean(), ratio.low(),
                ratio.high(), goal > 0 ? String.format(Locale.ROOT, "≥%.1f×", goal) : "", verdict);
    }

    /** Each benchmark's own rate in MB/s where it processes a known number of bytes. */
    private static void throughputs(Results r, PrintStream out) {
        out.println();
        out.println("Throughput (MB/s, 95% interval):");
        String[][] sized = {{"CsvReadBenchmark.rawCommonsCsv", "fileBytes"}, {"CsvReadBenchmark.rawFastCsv",
            "fileBytes"}, {"CsvReadBenchmark.validateFully", "fileBytes"}, {"WriteBenchmark.rawCommonsCsvPrint",
            "fileBytes"}, {"WriteBenchmark.typedWrite", "fileBytes"}, {"CryptoBenchmark.rawAesGcm", "size"},
            {"CryptoBenchmark.rawSha256", "size"}, {"CryptoBenchmark.seal", "size"}, {"CryptoBenchmark.open",
            "size"}, {"CliProcessBenchmark.rawCommonsCsvProcess", "fileBytes"},
            {"CliProcessBenchmark.cliValidate", "fileBytes"}};
        for (String[] s : sized) {
            r.get(s[0]).ifPresent(b -> {
                double mb = Double.parseDouble(b.params().get(s[1])) / 1e6;
                Estimate e = b.rate();
                out.printf(Locale.ROOT, "  %-44s %9.1f  [%.1f, %.1f]%n", s[0], e.mean() * mb, e.low() * mb,
                        e.high() * mb);
            });
        }
    }

    /** The AES-GCM chunk sweep, and whether the chunk size the SDK and the ceilings use is among the fastest. */
    private static void chunkSweep(Results r, PrintStream out) {
        var sweep = r.all("AesGcmChunkBenchmark.aesGcm");
        if (sweep.isEmpty()) {
            return;
        }
        out.println();
        out.println("Platform AES-256-GCM by chunk size (16 MiB per operation; MB/s, 95% interval):");
        Results.Benchmark best = sweep.get(0);
        for (Results.Benchmark b : sweep) {
            Estimate e = b.rate();
            double mb = 16 * 1.048576;
            out.printf(Locale.ROOT, "  %8s bytes %9.1f  [%.1f, %.1f]%n", b.params().get("chunk"), e.mean() * mb,
                    e.low() * mb, e.high() * mb);
            if (e.mean() > best.rate().mean()) {
                best = b;
            }
        }
        out.printf(Locale.ROOT, "  fastest: %s bytes; the SDK and the ceilings use %d bytes%n",
                best.params().get("chunk"), AesGcmChunkBenchmark.BEST_CHUNK);
    }
}
