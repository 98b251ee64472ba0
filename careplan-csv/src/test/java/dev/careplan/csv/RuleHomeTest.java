package dev.careplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each rule has one home: searching the main sources for a rule id finds its catalogue row, the one class that
 * checks it, its message keys, and nothing else (its corpus cases are data: careplan-conformance publishes them).
 *
 * <p>The property, for every rule id of the catalogue and every module of the repository, over the module's
 * {@code src/main/java} and {@code src/main/resources}:
 * <ul>
 *   <li>An occurrence is the id as a whole word (not preceded by a letter, digit or {@code -}, not followed by a
 *       letter or digit), so {@code FLD-TIME} does not match inside {@code FLD-TIMEORDER}.</li>
 *   <li>Java sources are read without their comments (javadoc, block and line comments): a comment that cites a
 *       rule points to its home and is allowed anywhere. String and character literals are kept.</li>
 *   <li>In each module, at most one Java file holds a given id: the class that checks the rule in that layer (for
 *       the model, the constraint annotation or {@code Rule}'s payload marker; for the CSV layer, its step or check
 *       class; for the 給付管理 rules, {@code BenefitRule}). Two modules may each hold the id when they check the rule
 *       on different inputs (the model on typed records, the CSV layer on the text).</li>
 *   <li>In resources, the id may appear only in the catalogue ({@code rules/rules.tsv}), as the start of a key in a
 *       message bundle ({@code *Messages*.properties}: {@code FLD-LEN.max=…}), and in comment lines of a
 *       {@code .properties} file.</li>
 * </ul>
 * {@link #KNOWN} lists the places that break this today, each with the reason; the test fails when one of them no
 * longer breaks it, so that the list only shrinks.
 */
class RuleHomeTest {

    /** Rule id → the extra Java files (module/simple file name) that still hold it, and why. */
    private static final Map<String, Set<String>> KNOWN = Map.of(
            // The writer refuses what the reader would warn about, under the same rule.
            "CSV-003", Set.of("careplan-csv/UnwritableValueException.java"),
            // Service kinds out of scope in file names (FileNameCheck) and in records (FieldChecks).
            "FLD-SCOPE", Set.of("careplan-csv/FileNameCheck.java"),
            // The deprecated pseudo rule id of the required fields whose mark is AMBIGUOUS, public API.
            "FLD-REQ", Set.of("careplan-csv/ValidationPolicy.java"),
            // The family image's name on the 利用者基本情報 record (a pattern, marked with Rule.Rel003) and the match
            // of a unit's annexes and images with their parent (BasicInfoAnnexesMatch) check REL-003 on two objects.
            "REL-003", Set.of("careplan-model/Rule.java"));

    private static final String CORPUS = "/dev/careplan/conformance/corpus/";

    private static final Pattern BUNDLE = Pattern.compile(".*Messages(_[a-z]+)?\\.properties");

    @Test
    void everyRuleIdLivesInItsCatalogueRowOneCheckingClassPerModuleAndItsMessageKeys() throws IOException {
        List<String> misplaced = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Map<String, Set<String>> extra = new TreeMap<>();
        List<Source> sources = sources();
        for (CatalogueRule rule : RuleCatalogue.v41().rules()) {
            Pattern id = Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(rule.id()) + "(?![A-Za-z0-9])");
            Map<String, List<String>> javaByModule = new TreeMap<>();
            for (Source s : sources) {
                if (!s.text().contains(rule.id())) {
                    continue;
                }
                if (s.java()) {
                    if (id.matcher(s.text()).find()) {
                        javaByModule.computeIfAbsent(s.module(), m -> new ArrayList<>()).add(s.name());
                    }
                } else if (!s.name().equals("rules.tsv")) {
                    for (String line : s.text().split("\n")) {
                        boolean allowed = s.name().endsWith(".properties") && line.stripLeading().startsWith("#")
                                || BUNDLE.matcher(s.name()).matches() && line.startsWith(rule.id() + ".")
                                        && !id.matcher(line.substring(rule.id().length())).find();
                        if (!allowed && id.matcher(line).find()) {
                            misplaced.add(rule.id() + " in " + s.module() + "/" + s.name() + ": " + line.strip());
                        }
                    }
                }
            }
            Set<String> known = KNOWN.getOrDefault(rule.id(), Set.of());
            javaByModule.forEach((module, files) -> {
                if (files.size() < 2) {
                    return;
                }
                List<String> held = files.stream().map(f -> module + "/" + f).toList();
                extra.computeIfAbsent(rule.id(), k -> new TreeSet<>()).addAll(held);
                // One of them is the checking class; the others must be known breaches.
                if (held.stream().filter(f -> !known.contains(f)).count() > 1) {
                    unknown.add(rule.id() + " is held by " + held);
                }
            });
        }
        List<String> stale = new ArrayList<>();
        KNOWN.forEach((rule, files) -> {
            for (String f : files) {
                if (!extra.getOrDefault(rule, Set.of()).contains(f)) {
                    stale.add(rule + " no longer in " + f + ": remove it from KNOWN");
                }
            }
        });
        assertThat(misplaced).as("rule ids in resources other than the catalogue and message keys").isEmpty();
        assertThat(unknown).as("rule ids held by more than one class of a module").isEmpty();
        assertThat(stale).as("known breaches that are fixed").isEmpty();
    }

    @Test
    void commentsAreDroppedButLiteralsKept() {
        String java = "/** MON-004 */ class A { // FLD-TAIS\n String s = \"FLD-LEN\"; /* \"x\" */ char c = '\"'; }";
        assertThat(withoutComments(java)).contains("\"FLD-LEN\"").doesNotContain("MON-004")
                .doesNotContain("FLD-TAIS").contains("'\"'");
    }

    private record Source(String module, String name, boolean java, String text) {
    }

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(RuleCatalogueTest.repository())) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main"))).sorted().toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main"))) {
                    // The conformance corpus cites rule ids in its folder names, expectations and index: it is the
                    // data that proves the rules, not a place that implements one.
                    for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().replace('\\', '/')
                            .contains(CORPUS)).sorted().toList()) {
                        String name = f.getFileName().toString();
                        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                        boolean java = name.endsWith(".java");
                        out.add(new Source(module.getFileName().toString(), name, java,
                                java ? withoutComments(text) : text));
                    }
                }
            }
        }
        assertThat(out).as("main sources found").hasSizeGreaterThan(100);
        return out;
    }

    /** The Java text without its comments; string, text-block and character literals are kept whole. */
    static String withoutComments(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? n : end + 3;
                out.append(src, i, stop);
                i = stop;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char quote = src.charAt(i);
                int j = i + 1;
                while (j < n && src.charAt(j) != quote) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                int stop = Math.min(n, j + 1);
                out.append(src, i, stop);
                i = stop;
            } else {
                out.append(src.charAt(i));
                i++;
            }
        }
        return out.toString();
    }
}
