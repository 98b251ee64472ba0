package dev.careplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.benefit.AnnexCalculator;
import dev.careplan.benefit.BenefitInputException;
import dev.careplan.benefit.BenefitStatementPreview;
import dev.careplan.benefit.MonthFiles;
import dev.careplan.benefit.Reconciler;
import dev.careplan.benefit.Reconciliation;
import dev.careplan.benefit.ServiceCodeMaster;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careplan benefit-statement}: the 給付管理票 preview of a month (units per user × provider × kind from the
 * reconciled 実績). The 国保連 transmission format is out of scope until its interface specification is public.
 */
@Command(name = "benefit-statement", mixinStandardHelpOptions = true,
        description = "Previews the 給付管理票 of a month: units per user × provider × kind from the reconciled 実績"
                + " (planned units where no 実績 came). Not the 国保連 transmission format, which is not public.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:preview written", "1:the files cannot be read as their kind", "2:bad usage",
            "3:a path could not be read"})
final class BenefitStatementCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, arity = "1..*", paramLabel = "DIR", description = "folders with UPPLAN")
    List<Path> plan;

    @Option(names = "--actuals", required = true, arity = "1..*", paramLabel = "DIR",
            description = "folders with UPJSK")
    List<Path> actuals;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "the service month, when the folders hold several")
    YearMonth month;

    @Option(names = "--master", paramLabel = "FILE", description = "service-code master; default: the bundled sample")
    Path master;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : java.util.stream.Stream.concat(plan.stream(), actuals.stream()).toList()) {
            if (!Files.isReadable(p)) {
                err.println("careplan benefit-statement: cannot read " + p);
                err.flush();
                return CareplanCli.IO;
            }
        }
        BenefitStatementPreview preview;
        try {
            ServiceCodeMaster m = master == null ? ServiceCodeMaster.sample() : ServiceCodeMaster.read(master);
            MonthFiles planned = MonthFiles.read(plan, Optional.ofNullable(month));
            MonthFiles actual = MonthFiles.read(actuals, Optional.of(planned.month()));
            Reconciliation r = Reconciler.standard().reconcile(planned.month(), planned.planRows(), actual.actuals());
            // The creation date is not part of the preview; the calculator only decides the limit scope here.
            preview = BenefitStatementPreview.of(r, AnnexCalculator.builder().master(m)
                    .createdDate(LocalDate.EPOCH).build());
        } catch (BenefitInputException e) {
            err.println("careplan benefit-statement: " + e.getMessage());
            err.flush();
            return CareplanCli.FAILED;
        }
        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode().put("month", preview.month().toString())
                    .put("note", "preview only: the 国保連 transmission format is out of scope");
            ArrayNode lines = root.putArray("lines");
            for (BenefitStatementPreview.Line l : preview.lines()) {
                lines.addObject().put("user", l.key().user().toString())
                        .put("office", l.key().provider().office().value())
                        .put("kind", l.key().provider().kind().code()).put("units", l.units())
                        .put("basis", l.basis().name()).put("creation", l.kind().code())
                        .put("creationName", l.kind().ja());
            }
            out.println(mapper.writeValueAsString(root));
        } else {
            out.print(preview.toCsv(true));
        }
        out.flush();
        return CareplanCli.OK;
    }
}
