package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 給付管理 commands on the files {@code careplan demo --keep DIR} writes. */
class DemoBenefitCommandsTest {

    @TempDir
    Path dir;

    @Test
    void reconcileAndCheckAnnexWorkOnTheDemosFiles() throws Exception {
        Path keep = dir.resolve("work");
        CliRun demo = CliRun.of("demo", "--keep", keep.toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("reconciliation 1310000002:11").contains("第7表 ********45")
                .doesNotContain("1000012345");
        Path office = keep.resolve("1310000001-43");
        CliRun html = CliRun.of("reconcile", "--plan", office.resolve("outbox").toString(), "--actuals",
                office.resolve("inbox").toString(), "--format", "html");
        assertThat(html.code()).as(html.err()).isEqualTo(CareplanCli.OK);
        assertThat(html.out()).contains("<section class=\"user\">").doesNotContain("1000012345");
        CliRun check = CliRun.of("check-annex", office.resolve("outbox").toString());
        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(CareplanCli.OK);
        assertThat(check.out()).contains("OK  UPSIKYU_");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("reconcile", "--plan", office.resolve("outbox")
                .toString(), "--actuals", office.resolve("inbox").toString(), "--format", "json").out());
        // Each provider cancelled its last visit and moved its first one by 15 minutes.
        assertThat(json.get("differenceCounts").get("CANCELLED").asInt()).isEqualTo(2);
        assertThat(json.get("differenceCounts").get("TIME_CHANGED").asInt()).isEqualTo(2);
        assertThat(json.get("reportingProviders")).hasSize(2);
    }
}
