package dev.careplan.csv;

import java.nio.file.Path;
import java.util.List;

/**
 * Child-JVM entry point of {@link HostileInputTest}: validates the files given, in a heap as small as the test
 * sets, and prints per file its record count, the violations kept and counted, and the throughput.
 */
public final class HostileFileMain {
    private HostileFileMain() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            Path file = Path.of(a);
            long start = System.nanoTime();
            ValidationReport report = ConformanceValidator.producer().validate(List.of(file));
            long nanos = System.nanoTime() - start;
            FileReport r = report.files().get(0);
            double mb = file.toFile().length() / 1e6;
            System.out.printf(java.util.Locale.ROOT, "%s records=%d kept=%d count=%d valid=%b rules=%s %.1fMB/s%n",
                    file.getParent().getFileName(), r.records(), r.violations().size(), r.violationCount(), r.valid(),
                    r.violations().stream().map(v -> v.ruleId()).distinct().limit(5).toList(), mb / (nanos / 1e9));
        }
    }
}
