package dev.careplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.csv.FileReport;
import dev.careplan.csv.UnitReport;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON report of {@code careplan validate --format json}: one document per run, always of the schema
 * {@value #SCHEMA} (careplan-report-1.schema.json beside this class), whether the run validated files, met errors,
 * or both. Programs read {@code summary.exitCode} and {@code errors} to tell a judged delivery from a failed run.
 */
final class ValidationJson {

    /** The schema id every report carries. */
    static final String SCHEMA = "careplan-report/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationJson() {
    }

    /** The library's cap for {@code --max-per-file}, where {@code 0} lists every violation. */
    static int cap(int maxPerFile) {
        return maxPerFile == 0 ? Integer.MAX_VALUE : maxPerFile;
    }

    /** The report of a run: what was validated (possibly nothing), the errors met, and the exit code. */
    static String of(ValidationReport report, List<CliError> errors, Messages m, String profile, int maxPerFile,
            int exitCode) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("language", m.lang().name());
        root.put("profile", profile);
        root.put("maxPerFile", maxPerFile);
        ArrayNode files = root.putArray("files");
        long errorViolations = 0;
        for (FileReport f : report.files()) {
            ObjectNode n = files.addObject();
            n.put("file", f.file());
            n.put("kind", f.kind().orElse(null));
            n.put("version", f.version().orElse(null));
            n.put("records", f.records());
            n.put("valid", f.valid());
            FileReport.Listing listed = f.limited(cap(maxPerFile));
            ArrayNode vs = n.putArray("violations");
            for (Violation v : listed.listed()) {
                ObjectNode o = vs.addObject();
                o.put("rule", v.ruleId());
                o.put("severity", v.severity().name());
                o.put("record", v.record().orElse(null));
                o.put("line", v.line().orElse(null));
                o.put("field", v.field().orElse(null));
                o.put("fieldName", v.fieldNameJa().orElse(null));
                o.put("message", v.message(m.lang().name()));
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
        for (CliError e : errors) {
            ObjectNode o = errs.addObject();
            o.put("type", e.type().name());
            o.put("path", e.path().orElse(null));
            o.put("message", e.message());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.files().size());
        summary.put("valid", report.validFiles());
        summary.put("invalid", report.files().size() - report.validFiles());
        summary.put("errorViolations", errorViolations);
        summary.put("exitCode", exitCode);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
