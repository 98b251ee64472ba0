package dev.careplan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report files: what a vendor names is text, never markup; the JSON holds what the HTML shows. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSubjectOrFindingWithMarkupIsEscapedAndTheJsonKeepsItAsText() throws Exception {
        ItemResult bad = new ItemResult("plan-unit", "計画", "plan", Set.of("FN-001"),
                List.of(new Finding(Finding.Check.VALIDATION, Optional.of("FN-001"), "name <b>&</b> \"x\"")), Set.of());
        ConformanceReport report = ConformanceKit.exporterReport("<script>alert(1)</script> & Co", SdkExporter.CLOCK,
                List.of(bad));
        List<Path> files = ConformanceKit.write(report, dir, "r");
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("r.json", "r.html");
        String html = Files.readString(files.get(1));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
                .contains("name &lt;b&gt;&amp;&lt;/b&gt; &quot;x&quot;").contains("@media print");
        JsonNode json = new ObjectMapper().readTree(files.get(0).toFile());
        assertThat(json.get("subject").asText()).isEqualTo("<script>alert(1)</script> & Co");
        assertThat(json.at("/items/0/findings/0/rule").asText()).isEqualTo("FN-001");
        assertThat(json.at("/summary/score").asInt()).isZero();
        assertThat(report.failedRules()).extracting(RuleResult::ruleId).containsExactly("FN-001");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary file left").containsOnly("r.json",
                    "r.html");
        }
    }
}
