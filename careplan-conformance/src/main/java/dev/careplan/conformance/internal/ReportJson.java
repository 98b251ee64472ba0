package dev.careplan.conformance.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.conformance.ConformanceReport;
import dev.careplan.conformance.Finding;
import dev.careplan.conformance.ItemResult;
import dev.careplan.conformance.RuleResult;

/** The JSON form of a conformance report: one object, field names stable, for a vendor's CI or an operator's tool. */
public final class ReportJson {

    /** The name and version of the JSON form; its JSON Schema ships in the jar as conformance-report-1.schema.json. */
    public static final String SCHEMA = "careplan-conformance-report/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** The report as UTF-8 JSON bytes. */
    public static byte[] bytes(ConformanceReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("kind", report.kind().name().toLowerCase(java.util.Locale.ROOT));
        root.put("subject", report.subject());
        root.put("kitVersion", report.kitVersion());
        root.put("csvVersion", report.csvVersion());
        root.put("date", report.date().toString());
        ObjectNode summary = root.putObject("summary");
        summary.put("passed", report.passed());
        summary.put("score", report.score());
        summary.put("items", report.items().size());
        summary.put("passedItems", report.passedItems());
        summary.put("failedRules", report.failedRules().size());
        ArrayNode items = root.putArray("items");
        for (ItemResult i : report.items()) {
            ObjectNode n = items.addObject();
            n.put("id", i.id());
            n.put("passed", i.passed());
            n.put("descriptionJa", i.descriptionJa());
            n.put("descriptionEn", i.descriptionEn());
            ArrayNode rules = n.putArray("rules");
            i.rules().stream().sorted().forEach(rules::add);
            if (!i.cited().isEmpty()) {
                ArrayNode cited = n.putArray("cited");
                i.cited().stream().sorted().forEach(cited::add);
            }
            ArrayNode findings = n.putArray("findings");
            for (Finding f : i.findings()) {
                ObjectNode fn = findings.addObject();
                fn.put("check", f.check().name());
                f.ruleId().ifPresent(r -> fn.put("rule", r));
                fn.put("message", f.message());
            }
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleResult r : report.rules()) {
            ObjectNode n = rules.addObject();
            n.put("rule", r.ruleId());
            n.put("ok", r.ok());
            n.put("passed", r.passed());
            n.put("failed", r.failed());
            if (report.kind() == ConformanceReport.Kind.IMPORTER) {
                n.put("agreed", r.agreed());
            }
            n.put("summary", r.summary());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a report tree always serializes", e);
        }
    }
}
