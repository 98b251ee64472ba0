package dev.careplan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.csv.CatalogueRule;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.RuleCatalogue;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.ValidationReport;
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
 * Runs the conformance corpus: each folder under {@code corpus/202407/} is one delivery, named after the catalogue
 * rule it breaks ({@code FN-004}, or {@code FN-004.variant} for a further case of the same rule; {@code valid}
 * breaks none). {@code expected.tsv} beside the files lists every violation the producer profile must report (rule,
 * severity, file, record, field) and nothing else may be reported; {@code expected-consumer.tsv}, where present,
 * does the same for the consumer profile. {@code index.tsv} lists every case as the validator judges it, for
 * {@link ConformanceCorpus#load()}. Run with {@code -Dcorpus.record=true} to rewrite the expectations and the index
 * after a deliberate change, then review the diff.
 */
class ConformanceCorpusTest {

    private static final boolean RECORD = Boolean.getBoolean("corpus.record");

    static Path corpus() throws URISyntaxException {
        return Path.of(ConformanceCorpusTest.class.getResource(ConformanceCorpus.ROOT + "202407").toURI());
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

    /**
     * The index lists every case as the validator judges it: its rule, its verdict and ERROR rules under each
     * profile, its files, and what it breaks in Japanese and English (the message of its rule's violation).
     */
    @Test
    void theIndexListsEveryCaseAsTheValidatorJudgesIt() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("# The conformance corpus of CSVバージョン 202407: one line per case, tab-separated. Generated by");
        lines.add("# ConformanceCorpusTest (-Dcorpus.record=true) from the case folders and the validator; do not edit.");
        lines.add("# producer/consumer: VALID or INVALID under that profile; *Errors: the rules reported as ERROR;");
        lines.add("# files: the delivery's file names, |-separated; description: the message of the case's rule.");
        lines.add("case\trule\tproducer\tconsumer\tproducerErrors\tconsumerErrors\tfiles\tdescriptionJa\tdescriptionEn");
        for (Case c : cases()) {
            ValidationReport producer = c.run(ValidationPolicy.producer());
            ValidationReport consumer = c.run(ValidationPolicy.consumer());
            String ja;
            String en;
            if (c.rule().equals("valid")) {
                ja = "違反のない送信単位（居宅・介護予防の全ファイル種別）";
                en = "A conformant delivery: every file kind of the 居宅 and 介護予防 flows, no violation";
            } else {
                Violation v = Stream.concat(producer.violations().stream(), consumer.violations().stream())
                        .filter(x -> x.ruleId().equals(c.rule())).findFirst().orElseThrow();
                ja = oneLine(v.messageJa());
                en = oneLine(v.messageEn());
            }
            try (Stream<Path> s = Files.walk(c.dir())) {
                // A case's files may sit in subfolders (a delivery received twice): their paths are relative.
                String files = s.filter(Files::isRegularFile).map(p -> c.dir().relativize(p).toString()
                        .replace('\\', '/')).filter(n -> !n.startsWith("expected")).sorted()
                        .collect(Collectors.joining("|"));
                lines.add(String.join("\t", c.name(), c.rule().equals("valid") ? "-" : c.rule(),
                        producer.hasErrors() ? "INVALID" : "VALID", consumer.hasErrors() ? "INVALID" : "VALID",
                        errors(producer), errors(consumer), files, ja, en));
            }
        }
        Path index = corpus().resolve(ConformanceCorpus.INDEX);
        if (RECORD) {
            Files.write(sourceOf(index), lines, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.readAllLines(index, StandardCharsets.UTF_8)).as("index.tsv (rerun with -Dcorpus.record=true)")
                .isEqualTo(lines);
    }

    /** {@link ConformanceCorpus#load()} reads the packaged index and expectations back as the folders hold them. */
    @Test
    void theCorpusLoadsFromItsIndexAsTheFoldersHoldIt() throws Exception {
        ConformanceCorpus corpus = ConformanceCorpus.load();
        assertThat(corpus.version().value()).isEqualTo("202407");
        assertThat(corpus.cases()).extracting(CorpusCase::id).isEqualTo(cases().stream().map(Case::name).toList());
        for (CorpusCase c : corpus.cases()) {
            Path dir = corpus().resolve(c.id());
            assertThat(c.expected()).extracting(ExpectedViolation::line)
                    .isEqualTo(Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                            .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
            assertThat(c.ruleId().orElse("valid")).isEqualTo(Case.of(dir).rule());
            for (String f : c.files()) {
                try (var in = corpus.open(c, f)) {
                    assertThat(in.readAllBytes()).as(c.id() + "/" + f).isEqualTo(Files.readAllBytes(dir.resolve(f)));
                }
            }
        }
        CorpusCase valid = corpus.find("valid").orElseThrow();
        assertThat(valid.producer()).isEqualTo(CaseKind.VALID);
        assertThat(valid.ruleId()).isEmpty();
        assertThat(corpus.casesOf("FLD-REQ")).extracting(CorpusCase::id).containsExactly("FLD-REQ", "FLD-REQ.ambiguous");
        assertThat(corpus.find("FN-011").orElseThrow().producer()).isEqualTo(CaseKind.INVALID);
        assertThat(corpus.find("FN-011").orElseThrow().descriptionJa()).isNotBlank();
    }

    private static String errors(ValidationReport r) {
        String s = r.violations().stream().filter(Violation::isError).map(Violation::ruleId).distinct().sorted()
                .collect(Collectors.joining(","));
        return s.isEmpty() ? "-" : s;
    }

    private static String oneLine(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String line(Violation v) {
        return String.join("\t", v.ruleId(), v.severity().name(), v.file(),
                v.record().map(String::valueOf).orElse("-"), v.field().map(String::valueOf).orElse("-"));
    }

    /** The source copy of a test resource, so that record mode updates the files under version control. */
    private static Path sourceOf(Path resource) throws IOException {
        String s = resource.toString().replace("/target/classes/", "/src/main/resources/");
        Path p = Path.of(s);
        Files.createDirectories(p.getParent());
        return p;
    }

}
