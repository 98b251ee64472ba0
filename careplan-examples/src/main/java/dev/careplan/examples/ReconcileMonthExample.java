package dev.careplan.examples;

import dev.careplan.benefit.AnnexCalculator;
import dev.careplan.benefit.AnnexSheet;
import dev.careplan.benefit.CopayShare;
import dev.careplan.benefit.DifferenceKind;
import dev.careplan.benefit.MonthFiles;
import dev.careplan.benefit.Reconciler;
import dev.careplan.benefit.Reconciliation;
import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceCodeMaster;
import dev.careplan.benefit.UnitsSummary;
import dev.careplan.benefit.UserMonth;
import dev.careplan.model.CsvVersion;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.Party;
import dev.careplan.model.kyotaku.ActualsDocument;
import dev.careplan.model.kyotaku.ServiceUseRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Task: at the end of the month, reconcile the plan (第6表 予定) with the 実績 the providers sent back, and recompute
 * each user's 第7表 from the reconciled month (区分支給限度, 費用総額, 保険給付, 利用者負担). The demo's offices are in
 * 東京都新宿区 (1級地); the bundled sample service-code master stands in for the official one.
 */
public final class ReconcileMonthExample {
    private ReconcileMonthExample() {
    }

    /** What the month came to: the reconciliation and each user's recomputed 第7表. */
    public record Result(Reconciliation reconciliation, List<AnnexSheet> sheets) {
    }

    /**
     * Reconciles and recomputes.
     *
     * @param limits  each user's 区分支給限度基準額 (from the 利用者補足情報)
     * @param created 作成年月日 of the recomputed 第7表
     */
    public static Result reconcile(YearMonth month, List<ServiceUseRecord> planned, List<ActualsDocument> actuals,
            Map<InsuredNumber, Integer> limits, LocalDate created) {
        Reconciliation r = Reconciler.standard().reconcile(month, planned, actuals);
        AnnexCalculator calculator = AnnexCalculator.builder().master(ServiceCodeMaster.sample())
                .defaultRegion(RegionGrade.GRADE_1).createdDate(created).build();
        List<AnnexSheet> sheets = new ArrayList<>();
        for (InsuredNumber user : r.users()) {
            List<ServiceUseRecord> rows = r.reconciledRowsOf(user);
            Integer limit = limits.get(user);
            if (!rows.isEmpty() && limit != null) {
                sheets.add(calculator.calculate(new UserMonth(user, month, rows, limit, CopayShare.ONE)));
            }
        }
        return new Result(r, sheets);
    }

    /** Reconciles the month found in folders holding UPPLAN, UPJSK and month-bound UPHOSOKU files. */
    public static Result fromFolders(List<Path> folders, LocalDate created) throws IOException {
        MonthFiles files = MonthFiles.read(folders, Optional.empty());
        Map<InsuredNumber, Integer> limits = new TreeMap<>();
        files.supplements().forEach((u, s) -> s.benefitLimitUnits().or(() -> s.careLevel()
                .map(dev.careplan.benefit.BenefitLimits::limitOf)).ifPresent(l -> limits.put(u, l)));
        return reconcile(files.month(), files.planRows(), files.actuals(), limits, created);
    }

    /** One line per provider (planned against delivered units) and one per user (the 第7表 total); users masked. */
    public static List<String> report(Result result) {
        Reconciliation r = result.reconciliation();
        List<String> out = new ArrayList<>();
        for (Map.Entry<Party, UnitsSummary> e : r.byProvider().entrySet()) {
            Party p = e.getKey();
            long cancelled = r.differences().stream().filter(d -> d.provider().equals(p)
                    && d.kind() == DifferenceKind.CANCELLED).count();
            long changed = r.differences().stream().filter(d -> d.provider().equals(p)
                    && d.kind() != DifferenceKind.CANCELLED && d.kind() != DifferenceKind.NOT_REPORTED).count();
            out.add("reconciliation " + p + ": planned " + e.getValue().planned() + " units, " + (r
                    .reportingProviders().contains(p) ? "delivered " + e.getValue().delivered() + " units, "
                    + cancelled + " cancelled, " + changed + " other differences" : "no 実績 received (plan stands)"));
        }
        for (AnnexSheet s : result.sheets()) {
            var t = s.totals();
            out.add("第7表 " + s.user() + ": " + t.managementUnits() + " units against the limit of " + s.limitUnits()
                    + " (" + t.excessUnits() + " over), 費用総額 " + t.totalCost() + " yen, 保険給付 " + t.claim()
                    + " yen, 利用者負担 " + t.userPays() + " yen" + (s.complete() ? "" : " (codes missing from the master)"));
        }
        return out;
    }

    /** Reconciles the folders given as arguments; without any, the demo month 2025-06 with a cancelled visit. */
    public static void main(String[] args) throws IOException {
        Result result;
        LocalDate created = LocalDate.of(2025, 7, 3);
        if (args.length > 0) {
            result = fromFolders(java.util.Arrays.stream(args).map(Path::of).toList(), created);
        } else {
            DemoMonth month = new DemoMonth(YearMonth.of(2025, 6));
            ActualsDocument actuals = new ActualsDocument(CsvVersion.V4_1, DemoMonth.HOME_HELP, DemoMonth.OFFICE,
                    DemoMonth.sequence(LocalDateTime.of(2025, 7, 2, 18, 0)), month.month(),
                    DemoMonth.actualsOf(DemoMonth.HOME_HELP, month.rows()));
            Map<InsuredNumber, Integer> limits = new TreeMap<>();
            DemoMonth.USERS.forEach(u -> limits.put(u.insured(), u.limitUnits()));
            result = reconcile(month.month(), month.rows(), List.of(actuals), limits, created);
        }
        report(result).forEach(System.out::println);
    }
}
