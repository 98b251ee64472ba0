package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Runs after the kit: the reports it wrote say what the vendor's build must see. */
class ReportCheck {

    private static final Path REPORTS = Path.of("target", "careplan-conformance");

    private static JsonNode read(String name) throws Exception {
        return new ObjectMapper().readTree(Files.readAllBytes(REPORTS.resolve(name)));
    }

    @Test
    void theSdkBasedExporterAndImporterPass() throws Exception {
        JsonNode exporter = read("AcmeConformanceTest-exporter.json");
        assertEquals(100, exporter.at("/summary/score").asInt(), exporter.toString());
        assertEquals("Acme Care 5.2", exporter.get("subject").asText());
        assertEquals("202407", exporter.get("csvVersion").asText());
        JsonNode importer = read("AcmeConformanceTest-importer.json");
        assertTrue(importer.at("/summary/passed").asBoolean(), importer.at("/summary").toString());
        assertTrue(Files.readString(REPORTS.resolve("AcmeConformanceTest-exporter.html")).contains("PASS 適合"));
    }

    @Test
    void theBrokenExporterFailsWhereItIsBroken() throws Exception {
        JsonNode report = read("BrokenExporterTest-exporter.json");
        Set<String> failed = new TreeSet<>();
        report.get("items").forEach(i -> {
            if (!i.get("passed").asBoolean()) {
                failed.add(i.get("id").asText());
            }
        });
        assertEquals(Set.of("use-unit", "plan-and-use.ms932", "actuals"), failed);
        Set<String> rules = new TreeSet<>();
        report.get("rules").forEach(r -> {
            if (!r.get("ok").asBoolean()) {
                rules.add(r.get("rule").asText());
            }
        });
        assertTrue(rules.containsAll(Set.of("ENC-001", "SU-002", "FLD-INSURER")), rules.toString());
        assertTrue(Files.readString(REPORTS.resolve("BrokenExporterTest-exporter.html")).contains("FAIL 不適合"));
    }
}
