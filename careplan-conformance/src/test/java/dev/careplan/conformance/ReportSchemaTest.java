package dev.careplan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real reports of both kinds, passing and failing, against the JSON Schema the jar ships. */
class ReportSchemaTest {

    @TempDir
    Path dir;

    @Test
    void exporterAndImporterReportsMatchTheSchema() throws Exception {
        Schema schema;
        try (InputStream in = ConformanceKit.class.getResourceAsStream("conformance-report-1.schema.json")) {
            assertThat(in).as("the schema ships in the jar").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        List<ItemResult> broken = new ArrayList<>();
        for (Scenario s : Scenarios.catalogue()) {
            broken.add(ConformanceKit.runExport(s, new BrokenExporter(), dir.resolve("b").resolve(s.id())));
        }
        ConformanceCorpus corpus = ConformanceCorpus.load();
        List<ItemResult> careless = new ArrayList<>();
        for (CorpusCase c : corpus.cases()) {
            careless.add(ConformanceKit.runImport(corpus, c, files -> files.size() > 1 ? ImportOutcome.accepted(
                    List.of()) : ImportOutcome.rejected(java.util.Set.of("FN-001"), "one file"),
                    dir.resolve("c").resolve(c.id())));
        }
        List<ConformanceReport> reports = List.of(
                ConformanceKit.exporterReport("broken", SdkExporter.CLOCK, broken),
                ConformanceKit.exporterReport("nothing ran", SdkExporter.CLOCK, List.of()),
                ConformanceKit.importerReport("careless", SdkExporter.CLOCK, careless));
        ObjectMapper json = new ObjectMapper();
        for (ConformanceReport r : reports) {
            JsonNode node = json.readTree(ConformanceKit.write(r, dir.resolve("r"), r.subject().replace(' ', '-'))
                    .get(0).toFile());
            List<String> problems = new ArrayList<>();
            schema.validate(node).forEach(e -> problems.add(e.toString()));
            assertThat(problems).as(r.subject()).isEmpty();
            assertThat(node.get("schema").asText()).isEqualTo("careplan-conformance-report/1");
        }
    }
}
