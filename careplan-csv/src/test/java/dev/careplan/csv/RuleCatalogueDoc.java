package dev.careplan.csv;

import dev.careplan.model.validation.RuleMessages;
import dev.careplan.model.validation.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders the rule catalogue as the Markdown of {@code docs/rules.md}. */
final class RuleCatalogueDoc {

    private RuleCatalogueDoc() {
    }

    static String markdown(RuleCatalogue catalogue) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rule catalogue — ケアプランデータ連携標準仕様 V4.1 (CSVバージョン 202407)\n\n");
        sb.append("<!-- Generated from careplan-csv/src/main/resources/dev/careplan/csv/rules/rules.tsv by ")
                .append("RuleCatalogueTest; do not edit by hand. -->\n\n");
        sb.append("Every rule id a violation carries, with its severity under each validation profile and its source ")
                .append("in the standard. **Producer** (`careplan validate`, `careplan send`, ")
                .append("`ValidationPolicy.producer()`): a vendor validating its own files before sending. ")
                .append("**Consumer** (`careplan receive`, `ValidationPolicy.consumer()`): a vendor checking received ")
                .append("files before importing. E = ERROR, W = WARNING, I = INFO, – = not checked by the validator. ")
                .append("A message whose severity differs from its rule's is listed under *Forms*. Sources: **Spec §n** ")
                .append("the specification body; **Layout** the CSV layout definitions; **Derived** not stated in the ")
                .append("text but following from it.\n");
        String section = "";
        for (CatalogueRule r : catalogue.rules()) {
            if (!r.section().equals(section)) {
                section = r.section();
                sb.append("\n## ").append(section).append("\n\n");
                sb.append("| Id | Checked by | Producer | Consumer | Rule | Messages (forms) | Source |\n");
                sb.append("|---|---|:-:|:-:|---|---|---|\n");
            }
            sb.append("| ").append(r.id()).append(" | ").append(r.check().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .append(" | ").append(letter(r.producer())).append(" | ").append(letter(r.consumer()))
                    .append(" | ").append(r.summary()).append(r.note().map(n -> " *Profiles:* " + n).orElse(""))
                    .append(" | ").append(messages(r)).append(" | ").append(r.source()).append(" |\n");
        }
        sb.append("\n## Messages\n\nThe text of each message, Japanese then English (`{name}` is filled in by the check; ")
                .append("messages never contain a field's value). Messages of the model's row rules are in ")
                .append("careplan-model's `ValidationMessages` bundles, key `careplan.<name>`.\n\n");
        sb.append("| Key | 日本語 | English |\n|---|---|---|\n");
        for (CatalogueRule r : catalogue.rules()) {
            for (String m : r.messages()) {
                String key = r.id() + "." + m;
                Optional<String> ja = RuleMessages.pattern(key, Locale.JAPANESE);
                if (ja.isEmpty()) {
                    continue;
                }
                sb.append("| ").append(key).append(" | ").append(cell(ja.get())).append(" | ")
                        .append(cell(RuleMessages.pattern(key, Locale.ROOT).orElseThrow())).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String messages(CatalogueRule r) {
        if (r.messages().isEmpty()) {
            return "–";
        }
        return r.messages().stream().map(m -> {
            CatalogueRule.Form f = r.forms().get(m);
            return "`" + m + "`" + (f == null ? "" : " (" + letter(Optional.of(f.producer())) + "/"
                    + letter(Optional.of(f.consumer())) + ")");
        }).collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String letter(Optional<Severity> s) {
        return s.map(v -> v.name().substring(0, 1)).orElse("–");
    }
}
