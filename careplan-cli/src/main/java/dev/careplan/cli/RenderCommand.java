package dev.careplan.cli;

import dev.careplan.benefit.BenefitInputException;
import dev.careplan.benefit.RegionGrade;
import dev.careplan.benefit.ServiceCodeMaster;
import dev.careplan.web.FontNotFoundException;
import dev.careplan.web.InsuredNumbers;
import dev.careplan.web.RenderFormat;
import dev.careplan.web.RenderSummary;
import dev.careplan.web.SheetRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careplan render}: the month's sheets (第3表 week, 第6表 month with 予定 against 実績, 第7表 totals) as a PDF,
 * SVG or PNG file. The file appears whole or not at all.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draws each user's 第3表 week, 第6表 month (予定 against 実績, differences marked) and 第7表 totals"
                + " as PDF (A4 landscape), SVG or PNG.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the files cannot be drawn (no month, several months, an untypable record,"
                + " no Japanese font)", "2:bad usage", "3:a path could not be read or written"})
final class RenderCommand implements Callable<Integer> {

    enum Format { pdf, svg, png }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf, svg or png (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    Path out;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "the service month, when the folders hold several")
    YearMonth month;


    @Option(names = "--show-insured-numbers",
            description = "print insured numbers in full, with names (default: masked, last two digits)")
    boolean showInsuredNumbers;

    @Option(names = "--master", paramLabel = "FILE",
            description = "service-code master for the 第7表 (CSV: code,name,units,limit,laborShare); default: the"
                    + " bundled illustrative sample")
    Path master;

    @Option(names = "--region", paramLabel = "GRADE", description = "地域区分 of every provider (1級地 … 7級地, その他)")
    String region;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders (searched recursively) or files")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!Files.isReadable(p)) {
                err.println("careplan render: cannot read " + p + " (no such file or folder, or no permission)");
                err.flush();
                return CareplanCli.IO;
            }
        }
        SheetRenderer.Builder b = SheetRenderer.builder().insuredNumbers(showInsuredNumbers ? InsuredNumbers.SHOWN
                : InsuredNumbers.MASKED);
        try {
            b.lang(CareplanCli.messages(spec).lang().name());
            if (region != null) {
                b.region(RegionGrade.parse(region));
            }
        } catch (IllegalArgumentException e) {
            err.println("careplan render: " + e.getMessage());
            err.flush();
            return CareplanCli.USAGE;
        }
        if (master != null) {
            b.master(ServiceCodeMaster.read(master));
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            RenderSummary s;
            try (OutputStream o = Files.newOutputStream(partial)) {
                s = b.build().render(paths, Optional.ofNullable(month),
                        RenderFormat.valueOf(format.name().toUpperCase(Locale.ROOT)), o);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PrintWriter w = spec.commandLine().getOut();
            w.println("careplan render: " + out + " (" + s.month() + ", " + s.users() + " users, " + s.pages()
                    + " sheets)");
            w.flush();
            return CareplanCli.OK;
        } catch (BenefitInputException | FontNotFoundException e) {
            err.println("careplan render: " + e.getMessage());
            err.flush();
            return CareplanCli.FAILED;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
