package dev.careplan.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and reports each SDK operation as a ratio of the raw library's throughput measured in the same
 * run: {@code java -jar careplan-benchmarks/target/benchmarks.jar}.
 */
public final class RatioReport {
    private RatioReport() {
    }

    public static void main(String[] args) throws RunnerException {
        Options opt = new OptionsBuilder()
                .include(CsvReadBenchmark.class.getSimpleName())
                .include(SealBenchmark.class.getSimpleName())
                .forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(3))
                .build();
        Collection<RunResult> results = new Runner(opt).run();
        Map<String, Double> score = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            score.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        report("CSV read + full validation vs raw Commons CSV", score.get("validateFully"), score.get("rawCommonsCsv"),
                0.6);
        report("seal vs raw JCA AES-256-GCM", score.get("seal"), score.get("rawJcaAesGcm"), 0);
    }

    private static void report(String what, Double sdk, Double raw, double goal) {
        if (sdk == null || raw == null) {
            return;
        }
        double ratio = sdk / raw;
        System.out.printf("%s: %.2f× of raw throughput%s%n", what, ratio,
                goal > 0 ? (ratio >= goal ? " (goal " + goal + "× met)" : " (below the goal of " + goal + "×)") : "");
    }
}
