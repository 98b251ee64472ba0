package dev.careplan.cli;

import dev.careplan.examples.ExportMonthExample;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the class-data-sharing archive (AppCDS) the build writes next to careplan.jar: it runs the
 * common one-shot commands (help, validate with text and JSON reports, in both languages) on the demo month's send
 * unit, so that the archive holds the classes they load and {@code ./careplan} starts without loading and verifying
 * them again. The build runs it as {@code java -XX:ArchiveClassesAtExit=careplan.jsa -cp careplan.jar
 * dev.careplan.cli.ClassDataTraining}; it writes nothing but a temporary folder, which it deletes.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("careplan-cds");
        try {
            List<Path> unit = ExportMonthExample.export(YearMonth.of(2025, 6), dir);
            List<String> files = unit.stream().map(Path::toString).toList();
            run("--help");
            run("--version");
            run("validate", "--help");
            for (String lang : List.of("ja", "en")) {
                run(concat(List.of("--lang", lang, "validate"), files));
                run(concat(List.of("--lang", lang, "validate", "--format", "json"), files));
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String[] concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(String[]::new);
    }

    private static void run(String... args) {
        CommandLine cl = CareplanCli.commandLine(CliEnvironment.system(), args);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        int exit = cl.execute(args);
        if (exit != CareplanCli.OK) {
            throw new IllegalStateException("training command " + String.join(" ", args) + " exited with " + exit);
        }
    }
}
