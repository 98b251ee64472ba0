package dev.careplan.csv.internal;

import dev.careplan.csv.spec.FieldSpec;
import java.util.HashSet;
import java.util.Set;

/** FLD-MEISAI: 明細判別コード numbers the rows of a user that share service code and units, each number once. */
final class DetailNumberStep implements FileStep {
    private FieldSpec seq;
    private FieldSpec code;
    private FieldSpec units;
    private final Set<String> seen = new HashSet<>();

    @Override
    public void layout(FileContext c) {
        switch (c.layout.kind()) {
            case UPPLAN, UPJSK -> {
                seq = c.layout.require("detailSeqNo");
                code = c.layout.require("serviceCode");
                units = c.layout.require("units");
            }
            default -> {
            }
        }
    }

    @Override
    public boolean record(FileContext c) {
        if (seq == null) {
            return true;
        }
        String s = c.text(seq);
        if (!s.isEmpty() && !seen.add(c.user() + "|" + c.text(code) + "|" + c.text(units) + "|" + s)) {
            c.found.field("FLD-MEISAI", "duplicate", c.number, c.line, seq);
        }
        return true;
    }
}
