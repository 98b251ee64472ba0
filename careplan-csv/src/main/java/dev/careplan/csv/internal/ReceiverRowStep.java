package dev.careplan.csv.internal;

import dev.careplan.csv.spec.FieldSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** REL-006: in a 第6表 or 第7表, each user has a row of the receiving office; unrelated users are not sent. */
final class ReceiverRowStep implements FileStep {
    private FieldSpec office;
    /** Per user: {record, line} of the first row, and whether a row of the receiver was seen. */
    private final Map<String, long[]> first = new LinkedHashMap<>();
    private final Map<String, Boolean> mine = new LinkedHashMap<>();

    @Override
    public void layout(FileContext c) {
        switch (c.layout.kind()) {
            case UPPLAN, UPSIKYU -> office = c.layout.require("serviceOfficeNumber");
            default -> {
            }
        }
    }

    @Override
    public boolean record(FileContext c) {
        if (office == null) {
            return true;
        }
        String user = c.user();
        first.computeIfAbsent(user, u -> new long[] {c.number, c.line});
        boolean receivers = c.name.isEmpty() || c.name.get().receiver().office().value().equals(c.text(office));
        if (receivers) {
            mine.put(user, Boolean.TRUE);
        } else {
            mine.putIfAbsent(user, Boolean.FALSE);
        }
        return true;
    }

    @Override
    public void finish(FileContext c) {
        mine.forEach((user, has) -> {
            if (!has) {
                long[] at = first.get(user);
                c.found.record("REL-006", "noReceiverRow", at[0], at[1]);
            }
        });
    }
}
