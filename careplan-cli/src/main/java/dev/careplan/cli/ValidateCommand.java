package dev.careplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.FileReport;
import dev.careplan.csv.UnitReport;
import dev.careplan.csv.ValidationPolicy;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careplan validate}: checks files and folders against the standard's rule catalogue. Exit codes: 0 no ERROR
 * violation, 1 at least one ERROR, 2 bad usage, 3 a path could not be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks care-plan CSV files (or folders of them) against the standard's rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no ERROR violation", "1:at least one ERROR violation", "2:bad usage",
            "3:a path could not be read"})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    enum Lang { ja, en }

    enum Policy { strict, lenient }

    enum Profile { producer, consumer }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", defaultValue = "ja", description = "language of messages: ja or en (default: ${DEFAULT-VALUE})")
    Lang lang;

    @Option(names = "--profile", defaultValue = "producer",
            description = "producer (your own files before sending: strict) or consumer (received files before import:"
                    + " ambiguous and tolerable rules as warnings); docs/rules.md lists the differences"
                    + " (default: ${DEFAULT-VALUE})")
    Profile profile;

    /** The former name of the profiles, kept so that existing scripts run: strict = producer, lenient = consumer. */
    @Option(names = "--policy", hidden = true)
    Policy policy;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (all files in a folder)")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!Files.isReadable(p)) {
                err.println("careplan validate: cannot read " + p + " (no such file or folder, or no permission)");
                err.flush();
                return CareplanCli.IO;
            }
        }
        Profile chosen = policy == null ? profile : policy == Policy.lenient ? Profile.consumer : Profile.producer;
        ConformanceValidator validator = ConformanceValidator.with(
                chosen == Profile.consumer ? ValidationPolicy.consumer() : ValidationPolicy.producer());
        ValidationReport report;
        try {
            report = validator.validate(paths);
        } catch (UncheckedIOException e) {
            err.println("careplan validate: " + e.getMessage());
            err.flush();
            return CareplanCli.IO;
        }
        if (format == Format.json) {
            out.println(json(report));
        } else {
            text(report, out);
        }
        out.flush();
        return report.hasErrors() ? CareplanCli.FAILED : CareplanCli.OK;
    }

    private String json(ValidationReport report) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (FileReport f : report.files()) {
            ObjectNode n = files.addObject();
            n.put("file", f.file());
            n.put("kind", f.kind().orElse(null));
            n.put("version", f.version().orElse(null));
            n.put("valid", f.valid());
            ArrayNode vs = n.putArray("violations");
            for (Violation v : f.violations()) {
                ObjectNode o = vs.addObject();
                o.put("rule", v.ruleId());
                o.put("severity", v.severity().name());
                o.put("record", v.record().orElse(null));
                o.put("line", v.line().orElse(null));
                o.put("field", v.field().orElse(null));
                o.put("fieldName", v.fieldNameJa().orElse(null));
                o.put("message", v.message(lang.name()));
            }
        }
        ArrayNode units = root.putArray("units");
        for (UnitReport u : report.units()) {
            ObjectNode n = units.addObject();
            n.put("sequence", u.unit().sequence().value());
            ArrayNode names = n.putArray("files");
            u.files().forEach(names::add);
            n.put("complete", u.complete());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.files().size());
        summary.put("valid", report.validFiles());
        summary.put("invalid", report.files().size() - report.validFiles());
        return mapper.writeValueAsString(root);
    }

    private void text(ValidationReport report, PrintWriter out) {
        boolean ja = lang == Lang.ja;
        for (FileReport f : report.files()) {
            out.println((f.valid() ? "OK  " : "NG  ") + f.file() + "  (" + f.records() + (ja ? "件" : " records") + ")");
            for (Violation v : f.violations()) {
                StringBuilder where = new StringBuilder();
                v.record().ifPresent(r -> where.append(ja ? " レコード" : " record ").append(r));
                v.line().ifPresent(l -> where.append(ja ? " 行" : " line ").append(l));
                out.println("    " + v.severity() + " " + v.ruleId() + where + ": " + v.message(lang.name()));
            }
        }
        for (UnitReport u : report.units()) {
            out.println((ja ? "送信単位 " : "send unit ") + u.unit().sequence() + " " + u.unit().sender() + " → "
                    + u.unit().receiver() + ": " + u.files().size() + (ja ? "ファイル" : " files")
                    + (u.complete() ? "" : (ja ? "（不足あり）" : " (incomplete)")));
        }
        long invalid = report.files().size() - report.validFiles();
        out.println(ja ? String.format("合計 %dファイル：適合 %d、不適合 %d", report.files().size(), report.validFiles(), invalid)
                : String.format("%d files: %d valid, %d invalid", report.files().size(), report.validFiles(), invalid));
    }
}
