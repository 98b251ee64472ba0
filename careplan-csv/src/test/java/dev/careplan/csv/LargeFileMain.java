package dev.careplan.csv;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Child-JVM entry point of {@link LargeFileTest}: validates one file and prints its counts. */
public final class LargeFileMain {
    private LargeFileMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (InputStream in = Files.newInputStream(file)) {
            FileReport r = ConformanceValidator.producer().validate(file.getFileName().toString(), in);
            System.out.println("records=" + r.records() + " violations=" + r.violations().size());
            r.violations().stream().limit(5).forEach(v -> System.out.println(v.ruleId() + " " + v.messageEn()));
        }
    }
}
