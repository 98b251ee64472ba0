package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careplan.conformance.Scenario;
import dev.careplan.conformance.Scenarios;
import dev.careplan.csv.CareplanCsvWriter;
import dev.careplan.model.kyotaku.CareplanDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code careplan conformance} on the files an exporter wrote for the kit's scenarios. */
class ConformanceCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Runs the command in English with the fixed clock. */
    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CareplanCli.commandLine(new CliEnvironment(Map.of(Lang.VARIABLE, "en"), Locale.GERMANY,
                false));
        ((ConformanceCommand) cl.getSubcommands().get("conformance").getCommand()).clock = CLOCK;
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** What the SDK's writer makes of every scenario, one folder per scenario id. */
    private Path exporterOutput() throws Exception {
        Path out = dir.resolve("out");
        for (Scenario s : Scenarios.catalogue()) {
            Path folder = Files.createDirectories(out.resolve(s.id()));
            for (CareplanDocument d : s.documents()) {
                CareplanCsvWriter.strict().write(d, folder);
            }
        }
        return out;
    }

    @Test
    void theSdkWritersFilesPassAndTheReportSaysSo() throws Exception {
        Path out = exporterOutput();
        CliRun r = run("conformance", "--exporter-output", out.toString(), "--report", dir.resolve("report").toString(),
                "--subject", "SDK 0.1");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(CareplanCli.OK);
        assertThat(r.out()).contains("PASS use-unit.public-assistance").contains("7 of 7 scenarios passed (score 100%)");
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report/conformance-report.json").toFile());
        assertThat(report.get("date").asText()).isEqualTo("2025-07-01");
        assertThat(report.get("subject").asText()).isEqualTo("SDK 0.1");
        assertThat(report.at("/summary/passed").asBoolean()).isTrue();
        assertThat(dir.resolve("report/conformance-report.html")).content().contains("PASS 適合");
    }

    @Test
    void aMissingAnnexFailsItsScenarioWithExitCodeOne() throws Exception {
        Path out = exporterOutput();
        try (Stream<Path> s = Files.list(out.resolve("use-unit"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("UPSIKYU")).toList()) {
                Files.delete(p);
            }
        }
        CliRun r = run("conformance", "--exporter-output", out.toString(), "--report", dir.resolve("report").toString());
        assertThat(r.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(r.out()).contains("FAIL use-unit").contains("FILE_NAMES: missing UPSIKYU")
                .contains("6 of 7 scenarios passed");
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report/conformance-report.json").toFile());
        assertThat(report.at("/summary/passed").asBoolean()).isFalse();
    }

    @Test
    void aProvidersSystemChecksOnlyTheScenariosItWrites() throws Exception {
        Path out = dir.resolve("provider");
        Scenario actuals = Scenarios.find("actuals").orElseThrow();
        Path folder = Files.createDirectories(out.resolve(actuals.id()));
        for (CareplanDocument d : actuals.documents()) {
            CareplanCsvWriter.strict().write(d, folder);
        }
        CliRun r = run("conformance", "--exporter-output", out.toString(), "--report", dir.resolve("r").toString(),
                "--scenario", "actuals");
        assertThat(r.code()).as(r.out()).isEqualTo(CareplanCli.OK);
        assertThat(r.out()).contains("1 of 1 scenarios passed");
        CliRun prefix = run("conformance", "--exporter-output", out.toString(), "--report",
                dir.resolve("r").toString(), "--scenario", "use-unit");
        assertThat(prefix.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(prefix.out()).contains("0 of 4 scenarios passed");
    }

    @Test
    void usageAndUnreadableFoldersHaveTheirExitCodes() {
        assertThat(run("conformance").code()).isEqualTo(CareplanCli.USAGE);
        CliRun unknown = run("conformance", "--exporter-output", dir.toString(), "--scenario", "nope");
        assertThat(unknown.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(unknown.err()).contains("no scenario nope");
        CliRun missing = run("conformance", "--exporter-output", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(CareplanCli.IO);
        assertThat(missing.err()).contains("cannot read the folder");
    }
}
