package dev.careplan.benefit;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.Party;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation as one HTML document with one printable page per user (予実突合表): the user's planned and
 * delivered units per provider, then every difference, highlighted by kind. Every text is HTML-escaped; users are
 * shown by their masked insured number (as {@link InsuredNumber#toString()}), so the page can be shared inside the
 * office without spreading full numbers.
 */
public final class ReconciliationHtml {

    private static final String STYLE = """
            body{font-family:sans-serif;margin:1.5em;color:#222}
            section.user{page-break-after:always;margin-bottom:2.5em}
            table{border-collapse:collapse;margin:.5em 0}
            th,td{border:1px solid #999;padding:.2em .5em;text-align:left}
            td.n{text-align:right}
            tr.CANCELLED td{background:#fde2e2}
            tr.ADDED td{background:#e2f0fd}
            tr.NOT_REPORTED td{background:#eeeeee;color:#555}
            tr.TIME_CHANGED td,tr.COUNT_CHANGED td,tr.UNITS_CHANGED td,tr.PRORATED_DAYS_CHANGED td{background:#fff6d5}
            tr.SERVICE_CODE_CHANGED td,tr.PROVIDER_CHANGED td{background:#ffe8cc}
            .ok{color:#2a7a2a}
            """;

    private ReconciliationHtml() {
    }

    /** The whole document. */
    public static String render(Reconciliation r) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc("予実突合 " + r.month())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n");
        h.append("<h1>").append(esc("予定と実績の突合 " + r.month())).append("</h1>\n");
        h.append("<p>").append(esc("実績受領: " + (r.reportingProviders().isEmpty() ? "なし"
                : String.join(", ", r.reportingProviders().stream().map(Party::toString).toList()))))
                .append("</p>\n");
        for (InsuredNumber user : r.users()) {
            user(h, r, user);
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void user(StringBuilder h, Reconciliation r, InsuredNumber user) {
        h.append("<section class=\"user\">\n<h2>").append(esc("利用者 " + user)).append("</h2>\n");
        h.append("<table><tr><th>事業所:種類</th><th>予定単位数</th><th>実績単位数</th><th>差</th></tr>\n");
        for (Map.Entry<Party, UnitsSummary> e : r.byProviderOf(user).entrySet()) {
            UnitsSummary s = e.getValue();
            h.append("<tr><td>").append(esc(e.getKey().toString())).append("</td><td class=\"n\">")
                    .append(s.planned()).append("</td><td class=\"n\">").append(s.delivered())
                    .append("</td><td class=\"n\">").append(s.difference()).append("</td></tr>\n");
        }
        h.append("</table>\n");
        List<Difference> ds = r.differencesOf(user);
        long asPlanned = r.matchedOf(user).stream().filter(MatchedVisit::asPlanned).count();
        h.append("<p>").append(esc("予定どおり " + asPlanned + " 件、差異 " + ds.size() + " 件")).append("</p>\n");
        if (ds.isEmpty()) {
            h.append("<p class=\"ok\">").append(esc("差異はありません。")).append("</p>\n");
        } else {
            h.append("<table><tr><th>日付</th><th>差異</th><th>事業所:種類</th><th>予定</th><th>実績</th></tr>\n");
            for (Difference d : ds) {
                h.append("<tr class=\"").append(d.kind().name()).append("\"><td>").append(esc(d.date().toString()))
                        .append("</td><td title=\"").append(esc(d.kind().en())).append("\">")
                        .append(esc(d.kind().ja())).append("</td><td>").append(esc(d.provider().toString()))
                        .append("</td><td>").append(esc(d.before())).append("</td><td>").append(esc(d.after()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
    }

    /** Escapes the five characters that are special in HTML text and attribute values. */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
