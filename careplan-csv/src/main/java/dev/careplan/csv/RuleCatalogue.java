package dev.careplan.csv;

import dev.careplan.model.validation.Severity;
import dev.careplan.model.validation.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule catalogue (ルール一覧) of the standard V4.1 as this SDK reads it: one {@link CatalogueRule} per rule id,
 * loaded from the data file {@code dev/careplan/csv/rules/rules.tsv} shipped in this module (the human-readable
 * {@code docs/rules.md} of the repository is generated from it). Every rule id a {@link Violation} carries is in
 * the catalogue, and the severities of the {@link ValidationProfile}s are taken from it.
 */
public final class RuleCatalogue {

    private static final String RESOURCE = "/dev/careplan/csv/rules/rules.tsv";
    private static final RuleCatalogue V41 = load();

    private final Map<String, CatalogueRule> rules;

    private RuleCatalogue(Map<String, CatalogueRule> rules) {
        this.rules = rules;
    }

    /** The catalogue of V4.1 (CSVバージョン 202407). */
    public static RuleCatalogue v41() {
        return V41;
    }

    /** Every rule, in catalogue order. */
    public List<CatalogueRule> rules() {
        return List.copyOf(rules.values());
    }

    /** The rule with this id, if catalogued. */
    public Optional<CatalogueRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** True when the id is catalogued. */
    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    /** The rule with this id; for ids the code itself uses. */
    CatalogueRule require(String id) {
        CatalogueRule r = rules.get(id);
        if (r == null) {
            throw new IllegalArgumentException("not a rule id of the catalogue: " + id);
        }
        return r;
    }

    private static RuleCatalogue load() {
        Map<String, CatalogueRule> rules = new LinkedHashMap<>();
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule catalogue missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                CatalogueRule rule = parse(line, lineNo);
                if (rules.putIfAbsent(rule.id(), rule) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": duplicate id " + rule.id());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleCatalogue(rules);
    }

    private static CatalogueRule parse(String line, int lineNo) {
        String[] c = line.split("\t", -1);
        if (c.length != 10) {
            throw new IllegalStateException(RESOURCE + " line " + lineNo + ": 10 columns expected, " + c.length);
        }
        CatalogueRule.Check check = CatalogueRule.Check.valueOf(c[2].toUpperCase(Locale.ROOT).replace('-', '_'));
        Map<String, CatalogueRule.Form> forms = new LinkedHashMap<>();
        if (!c[5].equals("-")) {
            for (String f : c[5].split(",")) {
                String[] nameAndLevels = f.split("=");
                String[] levels = nameAndLevels[1].split("/");
                forms.put(nameAndLevels[0], new CatalogueRule.Form(severity(levels[0]).orElseThrow(),
                        severity(levels[1]).orElseThrow()));
            }
        }
        List<String> messages = c[6].equals("-") ? List.of() : new ArrayList<>(Arrays.asList(c[6].split(",")));
        if (!messages.containsAll(forms.keySet())) {
            throw new IllegalStateException(RESOURCE + " line " + lineNo + ": a form names no message of " + c[0]);
        }
        return new CatalogueRule(c[0], c[1], check, severity(c[3]), severity(c[4]), forms, messages, c[7], c[8],
                c[9].equals("-") ? Optional.empty() : Optional.of(c[9]));
    }

    private static Optional<Severity> severity(String letter) {
        return switch (letter) {
            case "E" -> Optional.of(Severity.ERROR);
            case "W" -> Optional.of(Severity.WARNING);
            case "I" -> Optional.of(Severity.INFO);
            case "-" -> Optional.empty();
            default -> throw new IllegalStateException(RESOURCE + ": unknown severity " + letter);
        };
    }
}
