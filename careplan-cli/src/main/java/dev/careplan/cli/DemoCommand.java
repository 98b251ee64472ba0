package dev.careplan.cli;

import dev.careplan.examples.MonthlyExchangeDemo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careplan demo}: the main job. Plays one month of the exchange between a care-management office and two
 * providers on embedded defaults (test PKI, reference relay on 127.0.0.1, temporary work folder).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Plays one month of the care-plan exchange end to end on embedded defaults.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the whole exchange ran", "1:a step of the exchange failed", "2:bad usage",
            "3:the work folder could not be written"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "keep the work folder (CSV files, envelopes, relay store, journals) in DIR")
    Path keep;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "the service month to plan (default: next month, by the clock of this computer)")
    YearMonth month;

    /** The time the demo runs at; the clock of the machine unless a caller (a test) gives another. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        Messages m = CareplanCli.messages(spec);
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("careplan-demo");
        PrintStream lines = new PrintStream(new LineForwarder(w), true, StandardCharsets.UTF_8);
        try {
            MonthlyExchangeDemo.Summary done = MonthlyExchangeDemo.run(work, lines, clock,
                    month != null ? month : YearMonth.now(clock).plusMonths(1));
            lines.flush();
            w.println(m.get("demo.summary", done.unitsSent(), done.unitsReceived(), done.filesChecked(),
                    done.errors()));
            if (keep != null) {
                w.println(m.get("demo.seeSheets", keep.toString()));
            }
            return CareplanCli.OK;
        } catch (RuntimeException | IOException e) {
            lines.flush();
            spec.commandLine().getErr().println(m.get("error.failed", "careplan demo", e.getMessage()));
            spec.commandLine().getErr().flush();
            return CareplanCli.FAILED;
        } finally {
            lines.flush();
            if (keep == null) {
                w.println(m.get("demo.removed"));
                w.flush();
                try (Stream<Path> s = Files.walk(work)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** Forwards printed lines to picocli's writer as they come. */
    private static final class LineForwarder extends OutputStream {
        private final PrintWriter target;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineForwarder(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            target.print(line.toString(StandardCharsets.UTF_8));
            target.flush();
            line.reset();
        }
    }
}
