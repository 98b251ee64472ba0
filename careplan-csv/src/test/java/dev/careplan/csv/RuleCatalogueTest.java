package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.validation.RuleMessages;
import dev.careplan.model.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue is the one home of the rules: every rule id the code uses is catalogued and every rule the
 * catalogue says the validator checks is used; every message it names has its Japanese and English text; the
 * generated {@code docs/rules.md} is up to date (run with {@code -Drules.record=true} to regenerate it).
 */
class RuleCatalogueTest {

    private static final Pattern RULE_ID = Pattern.compile("\"((?:FN|ENC|CSV|VER|MON|FLD|REL|SU|OUT|DEL)-[0-9A-Z]+)[\".]");
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.v41();

    /** The repository root: the parent of this module's folder. */
    static Path repository() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    }

    private static Set<String> idsUsedInCode() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String module : List.of("careplan-csv", "careplan-model")) {
            try (Stream<Path> s = Files.walk(repository().resolve(module).resolve("src/main/java"))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = RULE_ID.matcher(Files.readString(p));
                    while (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void everyRuleIdUsedInCodeIsCatalogued() throws IOException {
        Set<String> used = idsUsedInCode();
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(id -> assertThat(CATALOGUE.contains(id)).as(id).isTrue());
    }

    @Test
    void everyCheckedRuleIsUsedInCode() throws IOException {
        Set<String> used = idsUsedInCode();
        List<String> unused = CATALOGUE.rules().stream().filter(CatalogueRule::checked).map(CatalogueRule::id)
                .filter(id -> !used.contains(id)).toList();
        assertThat(unused).isEmpty();
    }

    @Test
    void onlyCheckedRulesHaveSeveritiesAndMessages() {
        for (CatalogueRule r : CATALOGUE.rules()) {
            boolean graded = r.checked() || r.check() == CatalogueRule.Check.BENEFIT;
            assertThat(r.producer().isPresent()).as(r.id()).isEqualTo(graded);
            assertThat(r.consumer().isPresent()).as(r.id()).isEqualTo(graded);
            assertThat(r.messages().isEmpty()).as(r.id()).isEqualTo(!r.checked());
        }
    }

    @Test
    void everyMessageHasItsTextInBothLanguagesAndEveryTextIsCatalogued() throws IOException {
        Properties model = new Properties();
        try (InputStream in = Files.newInputStream(repository()
                .resolve("careplan-model/src/main/resources/ValidationMessages.properties"))) {
            // The model's constraint messages (careplan.*), which its row rules report.
            model.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> catalogued = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (CatalogueRule r : CATALOGUE.rules()) {
            for (String m : r.messages()) {
                String key = r.id() + "." + m;
                catalogued.add(key);
                boolean own = RuleMessages.pattern(key, Locale.JAPANESE).isPresent()
                        && RuleMessages.pattern(key, Locale.ROOT).isPresent();
                boolean fromModel = model.containsKey("careplan." + m);
                if (!own && !fromModel) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("messages without text").isEmpty();
        assertThat(RuleMessages.keys(Locale.JAPANESE)).isEqualTo(RuleMessages.keys(Locale.ROOT));
        Set<String> ruleKeys = RuleMessages.keys(Locale.ROOT).stream().filter(k -> !k.startsWith("careplan."))
                .collect(Collectors.toSet());
        assertThat(catalogued).containsAll(ruleKeys);
    }

    @Test
    void everyMessageRendersWithoutLeftoverPlaceholders() {
        for (String key : RuleMessages.keys(Locale.ROOT)) {
            for (Locale lang : List.of(Locale.JAPANESE, Locale.ROOT)) {
                String pattern = RuleMessages.pattern(key, lang).orElseThrow();
                Map<String, String> args = new HashMap<>();
                Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(pattern);
                while (m.find()) {
                    args.put(m.group(1), "x");
                }
                String text = RuleMessages.render(key, lang, args);
                assertThat(text).as(key + " " + lang).doesNotContain("{").doesNotContain("''").isNotBlank();
            }
        }
        // Both languages name the same arguments, so that a check gives what either needs.
        for (String key : RuleMessages.keys(Locale.ROOT)) {
            assertThat(placeholders(RuleMessages.pattern(key, Locale.JAPANESE).orElseThrow())).as(key)
                    .isEqualTo(placeholders(RuleMessages.pattern(key, Locale.ROOT).orElseThrow()));
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theProfilesDifferOnlyWhereTheCatalogueSaysWhy() {
        for (CatalogueRule r : CATALOGUE.rules()) {
            boolean differ = !r.producer().equals(r.consumer())
                    || r.forms().values().stream().anyMatch(f -> f.producer() != f.consumer());
            assertThat(r.note().isPresent()).as(r.id()).isEqualTo(differ);
            if (differ) {
                // The consumer is never stricter than the producer.
                assertThat(r.consumer().orElseThrow().compareTo(r.producer().orElseThrow()))
                        .as(r.id()).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(CATALOGUE.rule("FLD-REQ").orElseThrow().severity(ValidationProfile.CONSUMER, "ambiguous"))
                .hasValue(Severity.WARNING);
        assertThat(CATALOGUE.rule("FLD-REQ").orElseThrow().severity(ValidationProfile.PRODUCER, "ambiguous"))
                .hasValue(Severity.ERROR);
    }

    @Test
    void aPolicyRefusesAnOverrideOfAnUnknownRule() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ValidationPolicy.producer().with("FN-999",
                Severity.WARNING)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FN-999");
        assertThat(ValidationPolicy.producer().without("CSV-003").severity("CSV-003", "unquoted")).isEmpty();
        assertThat(ValidationPolicy.consumer().with("SU-002.incomplete", Severity.ERROR)
                .severity("SU-002", "incomplete")).hasValue(Severity.ERROR);
    }

    @Test
    void theDocumentIsGeneratedFromTheCatalogue() throws IOException {
        Path doc = repository().resolve("docs/rules.md");
        String expected = RuleCatalogueDoc.markdown(CATALOGUE);
        if (Boolean.getBoolean("rules.record")) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).as("docs/rules.md is generated from rules.tsv; "
                + "regenerate it with -Drules.record=true").isEqualTo(expected);
    }

    @Test
    void theCatalogueKeepsTheIdsOfTheStandardsCatalogue() {
        Set<String> ids = CATALOGUE.rules().stream().map(CatalogueRule::id).collect(Collectors.toSet());
        assertThat(ids).contains("FN-001", "FN-012", "ENC-004", "CSV-007", "VER-005", "MON-005", "FLD-YOBONO",
                "REL-009", "SU-006", "OUT-004", "DEL-005", "SEC-001", "CONF-001");
    }
}
