package dev.careplan.csv.internal;

import dev.careplan.csv.spec.FieldSpec;
import dev.careplan.model.CareplanFileName;

/**
 * Actuals are the sender's own: in a 実績 file the provider office and service kind of each row (REL-007), in a
 * 実績削除 file the office and kind of the deleted actuals (REL-008), equal the sender of the file name.
 */
final class SenderStep implements FileStep {
    private String rule;
    private FieldSpec office;
    private FieldSpec kind;

    @Override
    public void layout(FileContext c) {
        switch (c.layout.kind()) {
            case UPJSK -> {
                rule = "REL-007";
                office = c.layout.require("serviceOfficeNumber");
                kind = c.layout.require("serviceCode");
            }
            case DLTJSK -> {
                rule = "REL-008";
                office = c.layout.require("serviceOfficeNumber");
                kind = c.layout.require("serviceKindCode");
            }
            default -> {
            }
        }
    }

    @Override
    public boolean record(FileContext c) {
        if (rule == null || c.name.isEmpty()) {
            return true;
        }
        CareplanFileName n = c.name.get();
        String o = c.text(office);
        String k = c.text(kind);
        boolean same = rule.equals("REL-007")
                // A service code starts with its kind; empty fields are FLD-REQ's.
                ? (o.isEmpty() || o.equals(n.sender().office().value()))
                        && (k.isEmpty() || k.startsWith(n.sender().kind().code()))
                : o.equals(n.sender().office().value()) && k.equals(n.sender().kind().code());
        if (!same) {
            c.found.record(rule, "notSender", c.number, c.line);
        }
        return true;
    }
}
