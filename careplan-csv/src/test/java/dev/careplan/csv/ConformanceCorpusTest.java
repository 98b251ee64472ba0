package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.validation.Severity;
import dev.careplan.model.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conformance corpus: each folder under {@code conformance/} is one delivery, named after the catalogue
 * rule it breaks ({@code FN-004}, or {@code FN-004.variant} for a further case of the same rule; {@code valid}
 * breaks none). {@code expected.tsv} beside the files lists every violation the producer profile must report (rule,
 * severity, file, record, field) and nothing else may be reported; {@code expected-consumer.tsv}, where present,
 * does the same for the consumer profile. Run with {@code -Dcorpus.record=true} to rewrite the expectations after a
 * deliberate change, then review the diff.
 */
class ConformanceCorpusTest {

    private static final boolean RECORD = Boolean.getBoolean("corpus.record");

    static Path corpus() throws URISyntaxException {
        return Path.of(ConformanceCorpusTest.class.getResource("/conformance").toURI());
    }

    /** One case: its folder and the rule it proves ({@code valid} for none). */
    record Case(Path dir, String rule) {
        static Case of(Path dir) {
            String name = dir.getFileName().toString();
            int dot = name.indexOf('.');
            return new Case(dir, dot < 0 ? name : name.substring(0, dot));
        }

        String name() {
            return dir.getFileName().toString();
        }

        ValidationReport run(ValidationPolicy policy) {
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> files = s.filter(p -> !p.getFileName().toString().startsWith("expected")).sorted()
                        .toList();
                return ConformanceValidator.with(policy).validate(files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<Case> cases() throws Exception {
        try (Stream<Path> s = Files.list(corpus())) {
            return s.filter(Files::isDirectory).sorted().map(Case::of).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseReportsExactlyItsViolations() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            check(c, ValidationPolicy.producer(), "expected.tsv", true);
            check(c, ValidationPolicy.consumer(), "expected-consumer.tsv", false);
        }));
    }

    private static void check(Case c, ValidationPolicy policy, String expectations, boolean required)
            throws IOException {
        Path expectedFile = c.dir().resolve(expectations);
        if (!required && !Files.exists(expectedFile)) {
            return;
        }
        ValidationReport report = c.run(policy);
        TreeSet<String> actual = report.violations().stream().map(ConformanceCorpusTest::line)
                .collect(Collectors.toCollection(TreeSet::new));
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
        assertThat(actual).as(c.name() + " (" + policy.name() + ")").isEqualTo(expected);
        if (!c.rule().equals("valid")) {
            assertThat(report.violations()).as("case " + c.name() + " breaks its rule")
                    .anyMatch(v -> v.ruleId().equals(c.rule()));
        } else {
            assertThat(report.hasErrors()).isFalse();
        }
    }

    /** The corpus folders and the catalogue's checked rules match one to one. */
    @Test
    void theCorpusHasACaseForEveryCheckedRuleAndNoOther() throws Exception {
        Set<String> folderRules = cases().stream().map(Case::rule).filter(r -> !r.equals("valid"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> checked = RuleCatalogue.v41().rules().stream()
                .filter(r -> r.check() == CatalogueRule.Check.VALIDATOR).map(CatalogueRule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(folderRules).isEqualTo(checked);
    }

    /**
     * Every rule with an ERROR form has a case that breaks it as an ERROR, and every rule with a WARNING form one
     * whose delivery is still valid while it reports that warning (under the producer or the consumer profile).
     */
    @Test
    void everyFormOfARuleHasACase() throws Exception {
        List<Case> cases = cases();
        List<String> missing = new ArrayList<>();
        for (CatalogueRule rule : RuleCatalogue.v41().rules()) {
            if (rule.check() != CatalogueRule.Check.VALIDATOR) {
                continue;
            }
            List<Case> own = cases.stream().filter(c -> c.rule().equals(rule.id())).toList();
            List<ValidationReport> reports = new ArrayList<>();
            for (Case c : own) {
                reports.add(c.run(ValidationPolicy.producer()));
                reports.add(c.run(ValidationPolicy.consumer()));
            }
            if (rule.hasErrorForm() && reports.stream().noneMatch(r -> r.violations().stream()
                    .anyMatch(v -> v.ruleId().equals(rule.id()) && v.isError()))) {
                missing.add(rule.id() + " (ERROR)");
            }
            if (rule.hasWarningForm() && reports.stream().noneMatch(r -> !r.hasErrors() && r.violations().stream()
                    .anyMatch(v -> v.ruleId().equals(rule.id()) && v.severity() == Severity.WARNING))) {
                missing.add(rule.id() + " (WARNING in a valid delivery)");
            }
        }
        assertThat(missing).as("rules without a case of this form").isEmpty();
    }

    /**
     * Root cause first: in every case that breaks its rule as an ERROR (a single-defect case), that rule is the only
     * ERROR reported. Prints the share, which must be 100%.
     */
    @Test
    void singleDefectPrecisionIsComplete() throws Exception {
        int single = 0;
        List<String> imprecise = new ArrayList<>();
        for (Case c : cases()) {
            ValidationReport r = c.run(ValidationPolicy.producer());
            if (c.rule().equals("valid") || r.violations().stream()
                    .noneMatch(v -> v.ruleId().equals(c.rule()) && v.isError())) {
                continue;
            }
            single++;
            List<String> others = r.violations().stream().filter(v -> v.isError() && !v.ruleId().equals(c.rule()))
                    .map(Violation::ruleId).distinct().toList();
            if (!others.isEmpty()) {
                imprecise.add(c.name() + " also " + others);
            }
        }
        System.out.printf("single-defect precision: %d of %d cases report only their rule's ERROR (%.1f%%)%n",
                single - imprecise.size(), single, 100.0 * (single - imprecise.size()) / single);
        assertThat(imprecise).isEmpty();
        assertThat(single).isPositive();
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
