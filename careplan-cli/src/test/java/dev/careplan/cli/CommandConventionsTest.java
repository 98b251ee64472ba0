package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The conventions vendors know from git, OpenSSL and picocli tools, held for every command. */
class CommandConventionsTest {

    @TempDir
    Path dir;

    /** The top command and every subcommand, to any depth. */
    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>(List.of(CareplanCli.commandLine(CliRun.PLAIN)));
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).getSubcommands().values());
        }
        return all;
    }

    @Test
    void helpCommandShowsTheHelpOfACommand() {
        CliRun top = CliRun.of("help");
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("Usage: careplan").contains("validate").contains("seal");
        CliRun seal = CliRun.of("help", "seal");
        assertThat(seal.code()).isZero();
        assertThat(seal.out()).startsWith("Usage: careplan seal").isEqualTo(CliRun.of("seal", "--help").out());
        assertThat(CliRun.of("help", "pki").out()).startsWith("Usage: careplan pki").contains("init");
        CliRun unknown = CliRun.en("help", "no-such-command");
        assertThat(unknown.code()).isEqualTo(CareplanCli.USAGE);
        assertThat(unknown.err()).contains("no-such-command");
    }

    @Test
    void everyParameterAndOptionIsDescribedAndEveryDefaultIsShown() {
        List<String> problems = new ArrayList<>();
        int defaults = 0;
        for (CommandLine cl : everyCommand()) {
            String name = cl.getCommandSpec().qualifiedName();
            for (PositionalParamSpec p : cl.getCommandSpec().positionalParameters()) {
                if (String.join("", p.description()).isBlank()) {
                    problems.add(name + " " + p.paramLabel() + ": no description");
                }
            }
            for (OptionSpec o : cl.getCommandSpec().options()) {
                String description = String.join(" ", o.description());
                if (description.isBlank()) {
                    problems.add(name + " " + o.longestName() + ": no description");
                }
                if (o.defaultValue() != null) {
                    defaults++;
                    // picocli gives the description with ${DEFAULT-VALUE} already replaced.
                    if (!description.contains("(default: " + o.defaultValue() + ")")) {
                        problems.add(name + " " + o.longestName() + ": default " + o.defaultValue() + " not shown");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(defaults).as("options with a default").isGreaterThan(10);
        assertThat(CliRun.of("validate", "--help").out()).contains("(default: 100)").contains("(default: text)");
    }

    @Test
    void everyCommandsHelpHasAnExitCodesSection() {
        List<String> without = new ArrayList<>();
        for (CommandLine cl : everyCommand()) {
            String help = cl.getUsageMessage();
            if (!help.contains("Exit codes:") || !help.matches("(?s).*Exit codes:\\s+0 .*2 .*")) {
                without.add(cl.getCommandSpec().qualifiedName());
            }
        }
        assertThat(without).isEmpty();
    }

    @Test
    void versionIsTheBuildsAndNamesTheCsvVersion() {
        String expected = System.getProperty("careplan.expectedVersion");
        assertThat(expected).as("set by the build").isNotBlank();
        CliRun v = CliRun.of("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("careplan " + expected + System.lineSeparator())
                .contains("CSVバージョン 202407").doesNotContain("development");
    }

    @Test
    void aUsageErrorPrintsTheErrorTheOneLineUsageAndAHintNotTheWholeHelp() {
        CliRun r = CliRun.en("seal", "--key", "k.p12", "F.CSV");
        assertThat(r.code()).isEqualTo(CareplanCli.USAGE);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("careplan seal: missing required argument: --password-file=FILE, --to=CERT.pem");
        assertThat(lines.get(1)).startsWith("Usage: careplan seal ").contains("--to=CERT.pem").endsWith("FILE...");
        assertThat(lines.get(2)).isEqualTo("see 'careplan seal --help'");
        assertThat(r.out()).isEmpty();

        CliRun typo = CliRun.en("validate", "--polcy", "strict", ".");
        assertThat(typo.err()).contains("unknown option or argument: --polcy").contains("did you mean: --policy")
                .contains("see 'careplan validate --help'").doesNotContain("Exit codes");
        CliRun group = CliRun.en("pki");
        assertThat(group.err()).startsWith("careplan pki: a command is needed: ").contains("init");
    }

    @Test
    void validatingShowsProgressOnATerminalOnly() throws Exception {
        Charset ms932 = Charset.forName("windows-31j");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path f = dir.resolve("UPJSK_202506_1310000002_11_1310000001_43_2025070110000" + i + ".CSV");
            Files.write(f, "202407,131045\r\n".getBytes(ms932));
            files.add(f.toString());
        }
        CliRun terminal = CliRun.in(CliRun.TERMINAL_EN, concat("validate", files));
        assertThat(terminal.err()).containsPattern("\rvalidating: 3/3 files, [0-9.]+ MB, [0-9.]+ MB/s")
                .as("the progress line is cleared at the end").endsWith("\r");
        assertThat(terminal.out()).doesNotContain("validating:").contains("3 files:");

        CliRun pipe = CliRun.en(concat("validate", files));
        assertThat(pipe.err()).as("not a terminal").isEmpty();
        assertThat(pipe.out()).isEqualTo(terminal.out());
        List<String> json = new ArrayList<>(List.of("--format", "json"));
        json.addAll(files);
        assertThat(CliRun.in(CliRun.TERMINAL_EN, concat("validate", json)).err()).as("json").isEmpty();
    }

    private static String[] concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }
}
