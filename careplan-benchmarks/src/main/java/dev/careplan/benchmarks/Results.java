package dev.careplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measurements of one JMH run, read from its JSON result file ({@code -rf json}): per benchmark and parameters,
 * the score of every measured iteration of every fork, as rates (operations per second).
 */
final class Results {

    /** One benchmark with one set of parameters. */
    record Benchmark(String method, Map<String, String> params, String mode, List<Double> perSecond) {
        /** Operations per second with the variance of the mean. */
        Estimate rate() {
            return Estimate.of(perSecond);
        }

        /** Seconds per operation with the variance of the mean (the mean of the iterations' times). */
        Estimate seconds() {
            return Estimate.of(perSecond.stream().map(r -> 1 / r).toList());
        }
    }

    private final List<Benchmark> benchmarks;

    private Results(List<Benchmark> benchmarks) {
        this.benchmarks = List.copyOf(benchmarks);
    }

    static Results read(Path json) throws IOException {
        List<Benchmark> list = new ArrayList<>();
        for (JsonNode b : new ObjectMapper().readTree(json.toFile())) {
            String name = b.path("benchmark").asText();
            String method = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            Map<String, String> params = new LinkedHashMap<>();
            b.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            String mode = b.path("mode").asText();
            JsonNode metric = b.path("primaryMetric");
            double toSeconds = secondsPer(metric.path("scoreUnit").asText());
            List<Double> rates = new ArrayList<>();
            for (JsonNode fork : metric.path("rawData")) {
                for (JsonNode score : fork) {
                    double s = score.asDouble();
                    // Throughput is operations per unit; the time modes are units per operation.
                    rates.add(mode.equals("thrpt") ? s / toSeconds : 1 / (s * toSeconds));
                }
            }
            list.add(new Benchmark(method, params, mode, rates));
        }
        return new Results(list);
    }

    /** The benchmark {@code Class.method} (the first one when it ran with several parameter values). */
    Optional<Benchmark> get(String classAndMethod) {
        return benchmarks.stream().filter(b -> b.method().equals(classAndMethod)).findFirst();
    }

    /** Every parameter value the benchmark {@code Class.method} ran with. */
    List<Benchmark> all(String classAndMethod) {
        return benchmarks.stream().filter(b -> b.method().equals(classAndMethod)).toList();
    }

    private static double secondsPer(String unit) {
        String u = unit.startsWith("ops/") ? unit.substring(4)
                : unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
        return switch (u) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min" -> 60;
            default -> throw new IllegalArgumentException("unknown JMH unit " + unit);
        };
    }
}
