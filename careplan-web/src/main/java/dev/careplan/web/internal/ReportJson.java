package dev.careplan.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.csv.FileReport;
import dev.careplan.csv.UnitReport;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;

/**
 * The validation report as JSON, field for field the report of {@code careplan validate --format json} (schema
 * {@code careplan-report/1}): files with their violations (rule, severity, record, line, field, message in one
 * language), send units, summary. Kept in step with the command's renderer until both use one.
 */
final class ReportJson {

    /** The schema id the report declares. */
    static final String SCHEMA = "careplan-report/1";

    private ReportJson() {
    }

    static ObjectNode of(ObjectMapper mapper, ValidationReport report, String lang) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
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
                o.put("message", v.message(lang));
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
        return root;
    }
}
