package dev.careplan.conformance.internal;

import dev.careplan.conformance.ConformanceReport;
import dev.careplan.conformance.Finding;
import dev.careplan.conformance.ItemResult;
import dev.careplan.conformance.RuleResult;
import java.util.List;

/**
 * The HTML form of a conformance report: one self-contained page (styles inline, no script, no external asset) that
 * reads on screen and prints on A4, failures first.
 */
public final class ReportHtml {

    private ReportHtml() {
    }

    /** The page. */
    public static String page(ConformanceReport r) {
        boolean importer = r.kind() == ConformanceReport.Kind.IMPORTER;
        String side = importer ? "取込（Importer）" : "出力（Exporter）";
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>").append(esc("適合性レポート / Conformance report — " + r.subject())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<h1>適合性レポート <span class=\"en\">Conformance report</span></h1>\n");
        b.append("<table class=\"meta\">\n");
        row(b, "対象 / Subject", r.subject());
        row(b, "確認した側 / Side", side);
        row(b, "CSVバージョン / CSV version", r.csvVersion());
        row(b, "キット / Kit version", r.kitVersion());
        row(b, "日付 / Date", r.date().toString());
        b.append("</table>\n");
        b.append("<section id=\"summary\" class=\"summary ").append(r.passed() ? "pass" : "fail").append("\">\n")
                .append("<p class=\"verdict\">").append(r.passed() ? "PASS 適合" : "FAIL 不適合").append("</p>\n")
                .append("<p>Score: <strong>").append(r.score()).append("%</strong> — ").append(r.passedItems())
                .append(" of ").append(r.items().size()).append(importer ? " cases" : " scenarios")
                .append(" passed; ").append(r.failedRules().size()).append(" rules failed.</p>\n</section>\n");
        List<RuleResult> failedRules = r.failedRules();
        b.append("<h2 id=\"failed-rules\">不適合のルール <span class=\"en\">Failed rules</span></h2>\n");
        if (failedRules.isEmpty()) {
            b.append("<p>None.</p>\n");
        } else {
            rules(b, failedRules, importer);
        }
        b.append("<h2>").append(importer ? "ケースごとの結果 <span class=\"en\">Cases</span>"
                : "シナリオごとの結果 <span class=\"en\">Scenarios</span>").append("</h2>\n");
        b.append("<table class=\"items\">\n<thead><tr><th>ID</th><th>Result</th><th>内容 / What</th>"
                + "<th>Findings</th></tr></thead>\n<tbody>\n");
        r.items().stream().sorted((x, y) -> Boolean.compare(x.passed(), y.passed())).forEach(i -> item(b, i));
        b.append("</tbody>\n</table>\n");
        b.append("<h2>ルールごとの結果 <span class=\"en\">All rules</span></h2>\n");
        rules(b, r.rules(), importer);
        b.append("<p class=\"foot\">").append(esc("careplan-conformance " + r.kitVersion()
                + ". Findings name files, records and fields, never their values.")).append("</p>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void item(StringBuilder b, ItemResult i) {
        b.append("<tr class=\"").append(i.passed() ? "pass" : "fail").append("\"><td class=\"id\">").append(esc(i.id()))
                .append("</td><td>").append(i.passed() ? "PASS" : "FAIL").append("</td><td>")
                .append(esc(i.descriptionJa())).append("<br><span class=\"en\">").append(esc(i.descriptionEn()))
                .append("</span></td><td>");
        if (!i.findings().isEmpty()) {
            b.append("<ul>");
            i.findings().stream().limit(20).forEach(f -> b.append("<li>").append(esc(line(f))).append("</li>"));
            if (i.findings().size() > 20) {
                b.append("<li>… ").append(i.findings().size() - 20).append(" more</li>");
            }
            b.append("</ul>");
        }
        b.append("</td></tr>\n");
    }

    private static String line(Finding f) {
        return f.check() + f.ruleId().map(x -> " " + x).orElse("") + ": " + f.message();
    }

    private static void rules(StringBuilder b, List<RuleResult> rules, boolean importer) {
        b.append("<table class=\"rules\">\n<thead><tr><th>Rule</th><th>Result</th><th>Passed</th><th>Failed</th>")
                .append(importer ? "<th>Agreed</th>" : "").append("<th>Summary</th></tr></thead>\n<tbody>\n");
        for (RuleResult r : rules) {
            b.append("<tr class=\"").append(r.ok() ? "pass" : "fail").append("\"><td class=\"id\">")
                    .append(esc(r.ruleId())).append("</td><td>").append(r.ok() ? "PASS" : "FAIL").append("</td><td>")
                    .append(r.passed()).append("</td><td>").append(r.failed()).append("</td>")
                    .append(importer ? "<td>" + r.agreed() + "</td>" : "").append("<td>").append(esc(r.summary()))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; margin: 2em; color: #111; }
            h1 { font-size: 1.6em; margin-bottom: .3em; }
            h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #999; }
            .en { color: #555; font-weight: normal; }
            table { border-collapse: collapse; width: 100%; margin: .5em 0; }
            th, td { border: 1px solid #bbb; padding: .25em .5em; text-align: left; vertical-align: top; font-size: .9em; }
            table.meta { width: auto; }
            table.meta th { background: #f2f2f2; }
            td.id { font-family: monospace; white-space: nowrap; }
            tr.fail td { background: #fde8e8; }
            .summary { border: 2px solid; padding: .5em 1em; margin: 1em 0; }
            .summary.pass { border-color: #2a7a2a; background: #e9f6e9; }
            .summary.fail { border-color: #b02020; background: #fde8e8; }
            .verdict { font-size: 1.4em; font-weight: bold; margin: .2em 0; }
            ul { margin: 0; padding-left: 1.2em; }
            .foot { color: #555; font-size: .8em; margin-top: 2em; }
            @media print {
              body { margin: 0; }
              @page { size: A4; margin: 12mm; }
              tr { page-break-inside: avoid; }
              thead { display: table-header-group; }
              .summary, tr.fail td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}
