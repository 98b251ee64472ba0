package dev.careplan.benefit;

import dev.careplan.benefit.internal.VisitMatcher;
import dev.careplan.model.Party;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.ServiceUsePlanDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * 予定と実績の突合: matches the 第6表 予定 rows of a month with the 実績 rows the providers sent back, and reports
 * every difference. Stateless and thread-safe.
 *
 * <h2>How rows are matched</h2>
 * A row is one service code on one service date (riyohyo6.md, "One record = one service code on one service date").
 * Rows are put in a fixed order (user, date, office, code, start time, end time, count) and then matched in
 * passes; a row matched in one pass takes no part in the next:
 * <ol>
 *   <li><b>Not reported.</b> Planned rows of a provider (サービス事業者コード × service kind) from which no 実績 was
 *       received are {@link DifferenceKind#NOT_REPORTED}, not cancellations: the office cannot know yet whether
 *       they took place (実績 are sent per office × kind, README §8; a provider outside the exchange never sends
 *       any).</li>
 *   <li><b>Same visit.</b> Same user, provider office, date and service code. Within such a group the pair with
 *       the closest start times is taken first (then the closest end times, then file order), so two visits on
 *       one day pair with their own times. Differences: time, count, units, 日割対象日.</li>
 *   <li><b>Provider changed.</b> Same user, date and service code, another office: {@link
 *       DifferenceKind#PROVIDER_CHANGED} (closest start times first).</li>
 *   <li><b>Code changed.</b> Same user, office, date and service kind, another code, and the same start time (or
 *       both without a time, {@code 9999}): {@link DifferenceKind#SERVICE_CODE_CHANGED}, e.g. a 加算 folded into or
 *       out of the code, or 身体介護1 delivered as 身体介護2. Without the same start time nothing ties the two rows
 *       together, so they stay a cancellation and an addition.</li>
 *   <li>What is left is {@link DifferenceKind#CANCELLED} (予定 only) or {@link DifferenceKind#ADDED} (実績 only).</li>
 * </ol>
 *
 * <h2>A moved visit</h2>
 * A visit that took place on another date than planned (same code) is reported as <b>one cancellation and one
 * addition</b>, never as one "moved" difference. The 提供票 records 予定 and 実績 per day independently, and the
 * 実績 carries no link to the plan row it replaces; pairing a cancelled Tuesday with an added Friday would be a
 * guess whenever two visits move in a month, and the guess would change with unrelated rows. The units summaries
 * show the net effect (a moved visit leaves the provider's total unchanged).
 *
 * <p>Units are 単位数 × サービス回数 ({@link ServiceRows#totalUnits}). When the code changed, the units follow the code
 * and are shown in that difference; {@link DifferenceKind#UNITS_CHANGED} is reported only for the same code.
 * Satellite branch numbers (No.22) are not part of the match: satellites share the office number and send one
 * 実績 file (README §8).
 */
public final class Reconciler {

    private Reconciler() {
    }

    /** The reconciler with the matching rules above. */
    public static Reconciler standard() {
        return new Reconciler();
    }

    /**
     * Reconciles a 第6表 予定 document with the 実績 documents received for its month.
     *
     * @throws BenefitInputException when a 実績 document or row is of another month
     */
    public Reconciliation reconcile(ServiceUsePlanDocument plan, List<ActualsDocument> actuals) {
        return reconcile(plan.targetMonth(), plan.rows(), actuals);
    }

    /**
     * Reconciles planned rows with the 実績 documents received for {@code month}. The providers that reported are
     * the senders of the documents and the providers of their rows.
     *
     * @throws BenefitInputException when a 実績 document or a row is of another month
     */
    public Reconciliation reconcile(YearMonth month, List<ServiceUseRecord> planned, List<ActualsDocument> actuals) {
        Set<Party> reporting = new TreeSet<>();
        List<ServiceUseRecord> rows = new ArrayList<>();
        for (ActualsDocument d : actuals) {
            if (!d.targetMonth().equals(month)) {
                throw new BenefitInputException("実績 of " + d.sender() + " is for " + d.targetMonth()
                        + ", the plan for " + month);
            }
            reporting.add(d.sender());
            d.rows().forEach(r -> reporting.add(ServiceRows.provider(r)));
            rows.addAll(d.rows());
        }
        return reconcile(month, planned, rows, reporting);
    }

    /**
     * Reconciles planned and actual rows of {@code month}; planned rows of providers not in {@code
     * reportingProviders} are {@link DifferenceKind#NOT_REPORTED}.
     *
     * @throws BenefitInputException when a row's 対象年月 is not {@code month}
     */
    public Reconciliation reconcile(YearMonth month, List<ServiceUseRecord> planned, List<ServiceUseRecord> actual,
            Set<Party> reportingProviders) {
        checkMonth(month, planned, "予定");
        checkMonth(month, actual, "実績");
        Set<Party> reporting = new TreeSet<>(reportingProviders);
        actual.forEach(r -> reporting.add(ServiceRows.provider(r)));
        VisitMatcher.Result r = VisitMatcher.match(planned, actual, reporting);
        return new Reconciliation(month, r.planned(), r.actual(), r.matched(), r.differences(), new TreeSet<>(reporting));
    }

    private static void checkMonth(YearMonth month, List<ServiceUseRecord> rows, String what) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).targetYearMonth().equals(month)) {
                throw new BenefitInputException(what + " row " + (i + 1) + ": 対象年月 (No.5) is "
                        + rows.get(i).targetYearMonth() + ", not the month reconciled (" + month + ")");
            }
        }
    }
}
