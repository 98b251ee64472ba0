package dev.careplan.cli;

import dev.careplan.conformance.ConformanceKit;
import dev.careplan.conformance.ConformanceReport;
import dev.careplan.conformance.ItemResult;
import dev.careplan.conformance.Scenario;
import dev.careplan.conformance.Scenarios;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careplan conformance}: checks the files a vendor's exporter wrote for the conformance kit's scenarios (one
 * folder per scenario id) as the {@code @ExporterConformance} extension does, and writes the conformance report.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Checks the files your exporter wrote for the conformance kit's scenarios (DIR/<scenario id>/,"
                + " the scenarios of June 2025) and writes the conformance report (適合性レポート) as"
                + " conformance-report.json and conformance-report.html.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario passes", "1:at least one scenario fails", "2:bad usage",
            "3:a path could not be read or written"})
final class ConformanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--exporter-output", required = true, paramLabel = "DIR",
            description = "the folder with one folder per scenario id (plan-unit, use-unit, …) holding the files your"
                    + " exporter wrote for it")
    Path exporterOutput;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = ".",
            description = "the folder to write the report into (default: ${DEFAULT-VALUE})")
    Path report;

    @Option(names = "--subject", paramLabel = "NAME", defaultValue = "exporter",
            description = "what was checked, as the report names it: product and version (default: ${DEFAULT-VALUE})")
    String subject;

    @Option(names = "--scenario", paramLabel = "ID",
            description = "check only this scenario, or the scenarios whose id starts with ID and a dot; repeatable"
                    + " (all scenarios when none is given)")
    List<String> scenarios = new ArrayList<>();

    /** The day the report carries: the machine's clock unless a caller (a test) gives another. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        Messages m = CareplanCli.messages(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(exporterOutput) || !Files.isReadable(exporterOutput)) {
            err.println(m.get("conformance.cannotRead", exporterOutput));
            err.flush();
            return CareplanCli.IO;
        }
        List<Scenario> selected;
        try {
            selected = Scenarios.select(scenarios);
        } catch (IllegalArgumentException e) {
            err.println(m.get("conformance.unknownScenario", e.getMessage()));
            err.flush();
            return CareplanCli.USAGE;
        }
        List<ItemResult> items = new ArrayList<>();
        for (Scenario s : selected) {
            ItemResult r = ConformanceKit.checkExport(s, exporterOutput.resolve(s.id()));
            items.add(r);
            out.println(m.get(r.passed() ? "conformance.passed" : "conformance.failed", s.id(),
                    s.description(m.lang().name())));
            r.findings().stream().limit(5).forEach(f -> out.println("    " + f.line()));
            if (r.findings().size() > 5) {
                out.println("    " + m.get("conformance.more", r.findings().size() - 5));
            }
        }
        ConformanceReport result = ConformanceKit.exporterReport(subject, clock, items);
        List<Path> written;
        try {
            written = ConformanceKit.write(result, report, "conformance-report");
        } catch (UncheckedIOException e) {
            err.println(m.get("conformance.cannotWrite", report));
            err.flush();
            return CareplanCli.IO;
        }
        out.println(m.get("conformance.summary", result.passedItems(), result.items().size(), result.score(),
                written.get(1)));
        out.flush();
        return result.passed() ? CareplanCli.OK : CareplanCli.FAILED;
    }
}
