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
        description = "Plays one month of the care-plan exchange end to end on embedded defaults.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "keep the work folder (CSV files, envelopes, relay store, journals) in DIR")
    Path keep;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "the service month to plan (default: next month)")
    YearMonth month;

    /** The time the demo runs at; the clock of the machine unless a caller (a test) gives another. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("careplan-demo");
        PrintStream lines = new PrintStream(new LineForwarder(w), true, StandardCharsets.UTF_8);
        try {
            MonthlyExchangeDemo.run(work, lines, clock, month != null ? month : YearMonth.now(clock).plusMonths(1));
            if (keep != null) {
                w.println("(see the month as sheets: careplan serve, then open http://127.0.0.1:8080/ and choose " + keep
                        + "; or careplan render --format pdf " + keep + " --out month.pdf)");
            }
            return CareplanCli.OK;
        } catch (RuntimeException | IOException e) {
            lines.flush();
            spec.commandLine().getErr().println("careplan demo failed: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return CareplanCli.FAILED;
        } finally {
            lines.flush();
            if (keep == null) {
                w.println("(work folder removed; run with --keep DIR to inspect the files, envelopes and journals)");
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
