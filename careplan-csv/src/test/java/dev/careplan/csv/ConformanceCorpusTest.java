package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conformance corpus: each folder under {@code conformance/} is one delivery, named after the rule it
 * breaks ({@code valid} breaks none); {@code expected.tsv} beside the files lists every violation the strict policy
 * must report (rule, severity, file, record, field) and nothing else may be reported. Run with
 * {@code -Dcorpus.record=true} to rewrite the expectations after a deliberate change, then review the diff.
 */
class ConformanceCorpusTest {

    private static final boolean RECORD = Boolean.getBoolean("corpus.record");

    static Path corpus() throws URISyntaxException {
        return Path.of(ConformanceCorpusTest.class.getResource("/conformance").toURI());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseReportsExactlyItsViolations() throws Exception {
        List<Path> cases;
        try (Stream<Path> s = Files.list(corpus())) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        ConformanceValidator validator = ConformanceValidator.strict();
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> !p.getFileName().toString().equals("expected.tsv")).sorted().toList();
            }
            ValidationReport report = validator.validate(files);
            TreeSet<String> actual = new TreeSet<>();
            for (Violation v : report.violations()) {
                actual.add(line(v));
            }
            Path expectedFile = dir.resolve("expected.tsv");
            if (RECORD) {
                Files.write(sourceOf(expectedFile), actual, StandardCharsets.UTF_8);
                return;
            }
            TreeSet<String> expected = new TreeSet<>();
            if (Files.exists(expectedFile)) {
                for (String l : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
                    if (!l.isBlank() && !l.startsWith("#")) {
                        expected.add(l);
                    }
                }
            }
            assertThat(actual).as(dir.getFileName().toString()).isEqualTo(expected);
            String rule = dir.getFileName().toString();
            if (!rule.equals("valid")) {
                assertThat(report.violations()).as("case " + rule + " breaks its rule")
                        .anyMatch(v -> v.ruleId().equals(rule));
            } else {
                assertThat(report.hasErrors()).isFalse();
            }
        }));
    }

    @Test
    void everyImplementedRuleHasACase() throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus())) {
            s.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
        }
        assertThat(names).contains("valid", "FN-001", "FN-004", "ENC-001", "CSV-004", "VER-001", "MON-004",
                "FLD-LEN", "FLD-TAIS", "REL-001", "SU-001");
    }

    private static String line(Violation v) {
        return String.join("\t", v.ruleId(), v.severity().name(), v.file(),
                v.record().map(String::valueOf).orElse("-"), v.field().map(String::valueOf).orElse("-"));
    }

    /** The source copy of a test resource, so that record mode updates the files under version control. */
    private static Path sourceOf(Path resource) throws IOException {
        String s = resource.toString().replace("/target/test-classes/", "/src/test/resources/");
        Path p = Path.of(s);
        Files.createDirectories(p.getParent());
        return p;
    }

}
