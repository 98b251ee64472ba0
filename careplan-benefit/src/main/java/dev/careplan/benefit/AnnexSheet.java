package dev.careplan.benefit;

import dev.careplan.model.InsuredNumber;
import dev.careplan.model.kyotaku.ServiceUseAnnexRecord;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One user's computed 第7表 (サービス利用票別表, 区分支給限度管理・利用者負担計算): its rows as the {@code UPSIKYU}
 * layout has them (detail rows, per provider × kind subtotal rows, the {@code 999999} total row), the totals, and the
 * issues met (e.g. codes missing from the master). The rows can be written with the CSV writer as they are.
 *
 * @param user        the user
 * @param month       the service month
 * @param limitUnits  the 区分支給限度基準額 applied
 * @param rows        the 第7表 rows, in print order
 * @param totals      the figures of the total row
 * @param issues      what could not be computed as the master and tables say; empty when complete
 */
public record AnnexSheet(InsuredNumber user, YearMonth month, int limitUnits, List<ServiceUseAnnexRecord> rows,
        AnnexTotals totals, List<BenefitIssue> issues) {

    /** Checks that nothing is null and copies the lists. */
    public AnnexSheet {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(totals, "totals");
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
    }

    /** True when every code was found in the master. */
    public boolean complete() {
        return issues.isEmpty();
    }

    /** The detail rows only. */
    public List<ServiceUseAnnexRecord> detailRows() {
        return rows.stream().filter(r -> r.serviceCode().isDetail()).toList();
    }

    /** Masked. */
    @Override
    public String toString() {
        return "AnnexSheet[" + user + " " + month + ", " + rows.size() + " rows, " + issues.size() + " issues]";
    }
}
