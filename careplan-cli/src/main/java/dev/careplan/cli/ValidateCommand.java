package dev.careplan.cli;

import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.ValidationProgress;
import dev.careplan.csv.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careplan validate}: checks files and folders against the standard's rule catalogue. A path that cannot be
 * read, or a folder without any CSV file, is an error of its own; the other paths are still validated.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks care-plan CSV files (or folders of them) against the standard's rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no ERROR violation", "1:at least one ERROR violation",
            "2:bad usage, or a folder without any CSV file",
            "3:a path could not be read (the other paths are still validated)"})
final class ValidateCommand implements Callable<Integer>, JsonErrors {

    enum Format { text, json }

    enum Policy { strict, lenient }

    /** Who runs the validation: the office that made the files, or the one that received them (docs/rules.md). */
    enum Profile { producer, consumer }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "report format: text, or json (schema careplan-report/1) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--profile", defaultValue = "producer", paramLabel = "producer|consumer",
            description = "producer (your own files before sending: strict), or consumer (received files before"
                    + " import: ambiguous and tolerable rules as warnings); docs/rules.md lists the differences"
                    + " (default: ${DEFAULT-VALUE})")
    Profile profile;

    @Option(names = "--policy", paramLabel = "strict|lenient",
            description = "former name of --profile, kept for existing scripts: strict = producer,"
                    + " lenient = consumer")
    Policy policy;

    @Option(names = "--max-per-file", defaultValue = "100", paramLabel = "N",
            description = "list at most N violations per file, then count the rest by rule; 0 lists all"
                    + " (default: ${DEFAULT-VALUE})")
    int maxPerFile;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "CSV files, or folders whose files are validated (not recursive)")
    List<Path> paths;

    @Override
    public Integer call() {
        Messages m = CareplanCli.messages(spec);
        if (maxPerFile < 0) {
            throw new ParameterException(spec.commandLine(), m.get("validate.maxPerFileNegative"));
        }
        List<CliError> errors = new ArrayList<>();
        List<Path> readable = new ArrayList<>();
        for (Path p : paths) {
            check(p, m).ifPresentOrElse(errors::add, () -> readable.add(p));
        }
        boolean json = format == Format.json;
        ProgressMeter meter = ProgressMeter.of(spec.commandLine().getErr(),
                !json && CareplanCli.of(spec).environment().terminal(), m, "progress.files");
        ValidationReport report = new ValidationReport(List.of(), List.of());
        if (!readable.isEmpty()) {
            ConformanceValidator validator = ConformanceValidator.with(
                    chosen() == Profile.consumer ? ValidationPolicy.consumer() : ValidationPolicy.producer());
            try {
                report = validator.validate(readable, progress(meter));
            } catch (UncheckedIOException e) {
                errors.add(new CliError(CliError.Type.IO, Optional.empty(), m.get("validate.ioFailed",
                        e.getMessage())));
            } finally {
                meter.finish();
            }
        }
        int code = report.hasErrors() ? CareplanCli.FAILED : CareplanCli.OK;
        for (CliError e : errors) {
            code = Math.max(code, e.type().exitCode());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ValidationJson.of(report, errors, m, chosen().name(), maxPerFile, code));
        } else {
            PrintWriter err = spec.commandLine().getErr();
            errors.forEach(e -> err.println(m.get("validate.error", e.message())));
            err.flush();
            if (!report.files().isEmpty()) {
                ValidationText.print(report, m, maxPerFile, out);
            }
        }
        out.flush();
        return code;
    }

    /** Why {@code path} cannot be validated, if it cannot: unreadable, or a folder without any CSV file. */
    private static Optional<CliError> check(Path path, Messages m) {
        if (!Files.exists(path) || !Files.isReadable(path)) {
            return Optional.of(new CliError(CliError.Type.IO, Optional.of(path.toString()),
                    m.get("validate.cannotRead", path)));
        }
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(path)) {
            boolean anyCsv = s.anyMatch(f -> Files.isRegularFile(f)
                    && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
            return anyCsv ? Optional.empty() : Optional.of(new CliError(CliError.Type.NO_FILES,
                    Optional.of(path.toString()), m.get("validate.noFiles", path)));
        } catch (IOException e) {
            return Optional.of(new CliError(CliError.Type.IO, Optional.of(path.toString()),
                    m.get("validate.cannotList", path)));
        }
    }

    private static ValidationProgress progress(ProgressMeter meter) {
        return new ValidationProgress() {
            @Override
            public void starting(List<Path> files) {
                meter.start(files.size());
            }

            @Override
            public void reading(Path file, long bytes) {
                meter.reading(bytes);
            }

            @Override
            public void checked(Path file, long bytes) {
                meter.step(bytes);
            }
        };
    }

    @Override
    public boolean json() {
        return format == Format.json;
    }

    @Override
    public String jsonError(CliError error, Messages messages) {
        return ValidationJson.of(new ValidationReport(List.of(), List.of()), List.of(error), messages,
                chosen().name(), Math.max(maxPerFile, 0), error.type().exitCode());
    }

    /** The profile asked for; {@code --policy}, when given, in its former names. */
    private Profile chosen() {
        if (policy != null) {
            return policy == Policy.lenient ? Profile.consumer : Profile.producer;
        }
        return profile == null ? Profile.producer : profile;
    }
}
