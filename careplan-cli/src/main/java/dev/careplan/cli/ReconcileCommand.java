package dev.careplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.careplan.benefit.BenefitInputException;
import dev.careplan.benefit.Difference;
import dev.careplan.benefit.MonthFiles;
import dev.careplan.benefit.Reconciler;
import dev.careplan.benefit.Reconciliation;
import dev.careplan.benefit.ReconciliationHtml;
import dev.careplan.benefit.UnitsSummary;
import dev.careplan.model.InsuredNumber;
import dev.careplan.model.Party;
import dev.careplan.web.json.BenefitJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careplan reconcile}: 予定と実績の突合 of one month, from the 第6表 予定 files in the plan folders and the 実績
 * files in the actuals folders. Users appear by their masked insured number in every format.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Reconciles the month's plan (UPPLAN) with the providers' actuals (UPJSK): every difference,"
                + " planned against delivered units per user, provider and service kind.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reconciled (differences are part of the report, not a failure)",
            "1:the files cannot be reconciled (a record cannot be typed, several months without --month)",
            "2:bad usage", "3:a path could not be read"})
final class ReconcileCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, arity = "1..*", paramLabel = "DIR",
            description = "folders (searched recursively) or files with the 第6表 予定 (UPPLAN)")
    List<Path> plan;

    @Option(names = "--actuals", required = true, arity = "1..*", paramLabel = "DIR",
            description = "folders (searched recursively) or files with the 実績 (UPJSK)")
    List<Path> actuals;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "the service month, when the folders hold several")
    YearMonth month;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : concat(plan, actuals)) {
            if (!Files.isReadable(p)) {
                err.println("careplan reconcile: cannot read " + p + " (no such file or folder, or no permission)");
                err.flush();
                return CareplanCli.IO;
            }
        }
        Reconciliation r;
        try {
            MonthFiles planned = MonthFiles.read(plan, Optional.ofNullable(month));
            MonthFiles actual = MonthFiles.read(actuals, Optional.of(planned.month()));
            r = Reconciler.standard().reconcile(planned.month(), planned.planRows(), actual.actuals());
        } catch (BenefitInputException e) {
            err.println("careplan reconcile: " + e.getMessage());
            err.flush();
            return CareplanCli.FAILED;
        }
        switch (format) {
            case json -> out.println(json(r));
            case html -> out.print(ReconciliationHtml.render(r));
            default -> text(r, out);
        }
        out.flush();
        return CareplanCli.OK;
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void text(Reconciliation r, PrintWriter out) {
        out.println("予定と実績の突合 " + r.month() + " (実績受領: " + r.reportingProviders().stream()
                .map(Party::toString).toList() + ")");
        for (InsuredNumber u : r.users()) {
            UnitsSummary s = r.byUser().get(u);
            List<Difference> ds = r.differencesOf(u);
            out.println("利用者 " + u + ": 予定 " + s.planned() + " 単位, 実績 " + s.delivered() + " 単位, 差異 " + ds.size()
                    + " 件");
            for (Difference d : ds) {
                out.println("    " + d.date() + " " + d.provider() + " " + d.kind().ja() + ": " + d.before()
                        + (d.after().isEmpty() || d.before().isEmpty() ? d.after() : " → " + d.after()));
            }
        }
        out.println("事業所別:");
        r.byProvider().forEach((p, s) -> out.println("    " + p + " 予定 " + s.planned() + " 実績 " + s.delivered()
                + " 差 " + s.difference() + (r.reportingProviders().contains(p) ? "" : " (実績未受領)")));
        out.println("サービス種類別:");
        r.byKind().forEach((k, s) -> out.println("    " + k + " " + k.name().orElse("") + " 予定 " + s.planned()
                + " 実績 " + s.delivered() + " 差 " + s.difference()));
        UnitsSummary t = r.total();
        out.println("合計: 予定 " + t.planned() + " 単位, 実績 " + t.delivered() + " 単位, 差異 " + r.differences().size()
                + " 件");
    }

    private static String json(Reconciliation r) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(BenefitJson.reconciliation(mapper, r));
    }
}
