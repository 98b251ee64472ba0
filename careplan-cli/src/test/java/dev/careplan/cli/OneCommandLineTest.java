package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line the jar builds for one run holds only the command its arguments name; for every kind of
 * arguments it must answer exactly as the command line holding every command does.
 */
class OneCommandLineTest {

    private static final CliEnvironment EN = new CliEnvironment(Map.of(Lang.VARIABLE, "en"), Locale.GERMANY, false);

    @TempDir
    Path dir;

    @Test
    void answersAsTheWholeCommandLineDoes() {
        String missing = dir.resolve("UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.CSV").toString();
        List<List<String>> runs = List.of(
                List.of(),
                List.of("--help"),
                List.of("--version"),
                List.of("help"),
                List.of("help", "validate"),
                List.of("help", "nosuchcommand"),
                List.of("validate", "--help"),
                List.of("--lang", "ja", "validate", "--help"),
                List.of("--lang=en", "validate", missing),
                List.of("--lang"),
                List.of("validate", missing, "--lang", "ja"),
                List.of("validate"),
                List.of("validate", "--no-such-option", missing),
                List.of("valdate", missing),
                List.of("pki", "--help"),
                List.of("relay", "serve", "--help"),
                List.of("relay", "nosuch"),
                List.of("--lang", "en", "--help"),
                List.of("reconcile"));
        for (List<String> args : runs) {
            String[] a = args.toArray(String[]::new);
            assertThat(run(CareplanCli.commandLine(EN, a), a)).as("careplan %s", args)
                    .isEqualTo(run(CareplanCli.commandLine(EN), a));
        }
    }

    @Test
    void holdsTheNamedCommandOnly() {
        assertThat(CareplanCli.commandLine(EN, "--lang", "ja", "validate", "x.CSV").getSubcommands())
                .containsOnlyKeys("validate");
        assertThat(CareplanCli.commandLine(EN, "--lang=ja", "relay", "serve").getSubcommands())
                .containsOnlyKeys("relay");
        assertThat(CareplanCli.commandLine(EN, "help", "validate").getSubcommands())
                .containsKeys("help", "validate", "demo", "relay");
        assertThat(CareplanCli.commandLine(EN, "--version", "validate").getSubcommands().keySet())
                .containsExactlyElementsOf(CareplanCli.commandLine(EN).getSubcommands().keySet());
    }

    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = CareplanCli.execute(cl, args);
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
