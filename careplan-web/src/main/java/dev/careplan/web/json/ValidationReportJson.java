package dev.careplan.web.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.csv.FileReport;
import dev.careplan.csv.UnitReport;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validation report (検証結果) as JSON, schema {@value #SCHEMA}: what {@code careplan validate --format json}
 * prints and what {@code POST /api/validate} answers, one document per run whether it validated files, met errors,
 * or both. Programs read {@code summary.exitCode} and {@code errors} to tell a judged delivery from a failed run.
 * The schema ships beside this class ({@link #schema()}).
 */
public final class ValidationReportJson {

    /** The schema id every report carries. */
    public static final String SCHEMA = "careplan-report/1";

    private ValidationReportJson() {
    }

    /**
     * How the run was made.
     *
     * @param language   language of the messages, {@code ja} or {@code en}
     * @param profile    {@code producer} or {@code consumer}
     * @param maxPerFile violations listed per file at most; {@code 0} lists all (the verdict counts every one)
     */
    public record Run(String language, String profile, int maxPerFile) {

        /** Checks the values. */
        public Run {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(profile, "profile");
            if (maxPerFile < 0) {
                throw new IllegalArgumentException("maxPerFile must be 0 (all) or positive");
            }
        }
    }

    /**
     * An error that stopped the run or part of it.
     *
     * @param type    {@code USAGE}, {@code IO}, {@code NO_FILES} or {@code FAILED}
     * @param path    the path concerned, when there is one
     * @param message what happened, in the run's language
     */
    public record RunError(String type, Optional<String> path, String message) {

        /** Checks the values. */
        public RunError {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The JSON Schema of the report (draft 2020-12); the caller closes the stream. */
    public static InputStream schema() {
        return Objects.requireNonNull(ValidationReportJson.class.getResourceAsStream("careplan-report-1.schema.json"),
                "careplan-report-1.schema.json is missing from the jar");
    }

    /** The exit code of a run that met no error: 0 without an ERROR violation, 1 with one. */
    public static int exitCodeOf(ValidationReport report) {
        return report.hasErrors() ? 1 : 0;
    }

    /**
     * The report of a run.
     *
     * @param report   what was validated (possibly nothing)
     * @param run      how the run was made
     * @param errors   the errors met
     * @param exitCode the run's exit code (0 to 3)
     */
    public static ObjectNode of(ObjectMapper mapper, ValidationReport report, Run run, List<RunError> errors,
            int exitCode) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("language", run.language());
        root.put("profile", run.profile());
        root.put("maxPerFile", run.maxPerFile());
        int cap = run.maxPerFile() == 0 ? Integer.MAX_VALUE : run.maxPerFile();
        ArrayNode files = root.putArray("files");
        long errorViolations = 0;
        for (FileReport f : report.files()) {
            ObjectNode n = files.addObject();
            n.put("file", f.file());
            n.put("kind", f.kind().orElse(null));
            n.put("version", f.version().orElse(null));
            n.put("records", f.records());
            n.put("valid", f.valid());
            FileReport.Listing listed = f.limited(cap);
            ArrayNode vs = n.putArray("violations");
            for (Violation v : listed.listed()) {
                ObjectNode o = vs.addObject();
                o.put("rule", v.ruleId());
                o.put("severity", v.severity().name());
                o.put("record", v.record().orElse(null));
                o.put("line", v.line().orElse(null));
                o.put("field", v.field().orElse(null));
                o.put("fieldName", v.fieldNameJa().orElse(null));
                o.put("message", v.message(run.language()));
            }
            ObjectNode omitted = n.putObject("omitted");
            omitted.put("count", listed.omittedCount());
            ObjectNode byRule = omitted.putObject("byRule");
            listed.omittedByRule().forEach(byRule::put);
            errorViolations += f.violations().stream().filter(Violation::isError).count();
        }
        ArrayNode units = root.putArray("units");
        for (UnitReport u : report.units()) {
            ObjectNode n = units.addObject();
            n.put("sequence", u.unit().sequence().value());
            n.put("sender", u.unit().sender().toString());
            n.put("receiver", u.unit().receiver().toString());
            ArrayNode names = n.putArray("files");
            u.files().forEach(names::add);
            n.put("complete", u.complete());
        }
        ArrayNode errs = root.putArray("errors");
        for (RunError e : errors) {
            ObjectNode o = errs.addObject();
            o.put("type", e.type());
            o.put("path", e.path().orElse(null));
            o.put("message", e.message());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.files().size());
        summary.put("valid", report.validFiles());
        summary.put("invalid", report.files().size() - report.validFiles());
        summary.put("errorViolations", errorViolations);
        summary.put("exitCode", exitCode);
        return root;
    }
}
