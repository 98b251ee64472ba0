package dev.careplan.csv.internal;

import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.model.FileKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FLD-7TOTAL on a 第7表: per user exactly one grand-total row (service code {@code 999999}, office
 * {@code 9999999999}), and a {@code AAAA} subtotal for every kind with several detail rows within the category
 * limit (those with 給付管理単位数: it is empty for services outside the limit).
 */
final class AnnexTotalsStep implements FileStep {
    private FieldSpec code;
    private FieldSpec office;
    private FieldSpec managedUnits;
    /** Per user: {record, line} of the first row, and the number of grand-total rows. */
    private final Map<String, long[]> users = new LinkedHashMap<>();
    /** Per user: detail rows within the limit per kind, and subtotal rows under kind + "#AAAA". */
    private final Map<String, Map<String, Integer>> kinds = new HashMap<>();

    @Override
    public void layout(FileContext c) {
        if (c.layout.kind() == FileKind.UPSIKYU) {
            code = c.layout.require("serviceCode");
            office = c.layout.require("serviceOfficeNumber");
            managedUnits = c.layout.require("benefitManagementUnits");
        }
    }

    @Override
    public boolean record(FileContext c) {
        if (code == null) {
            return true;
        }
        String user = c.user();
        long[] u = users.computeIfAbsent(user, x -> new long[] {c.number, c.line, 0});
        String sc = c.text(code);
        if (sc.equals("999999")) {
            u[2]++;
            if (!c.text(office).equals("9999999999")) {
                c.found.field("FLD-7TOTAL", "grandTotalOffice", c.number, c.line, office);
            }
        } else if (sc.length() == 6) {
            String kind = sc.substring(0, 2);
            String item = sc.substring(2);
            Map<String, Integer> perKind = kinds.computeIfAbsent(user, x -> new HashMap<>());
            if (item.equals("AAAA")) {
                perKind.merge(kind + "#AAAA", 1, Integer::sum);
            } else if (!item.equals("EEEE") && !item.equals("ZZZZ") && !c.text(managedUnits).isEmpty()) {
                perKind.merge(kind, 1, Integer::sum);
            }
        }
        return true;
    }

    @Override
    public void finish(FileContext c) {
        users.forEach((user, u) -> {
            if (u[2] != 1) {
                c.found.record("FLD-7TOTAL", "grandTotalCount", u[0], u[1]);
            }
            Map<String, Integer> perKind = kinds.getOrDefault(user, Map.of());
            perKind.forEach((kind, rows) -> {
                if (!kind.contains("#") && rows > 1 && !perKind.containsKey(kind + "#AAAA")) {
                    c.found.record("FLD-7TOTAL", "subtotalMissing", u[0], u[1], Map.of("kind", kind));
                }
            });
        });
    }
}
