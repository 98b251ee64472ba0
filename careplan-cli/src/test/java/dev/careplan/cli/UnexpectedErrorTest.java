package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** An error no command expected: one line, no stack trace; JSON on standard output when JSON was asked for. */
class UnexpectedErrorTest {

    /** A command that fails the way a bug or a vanished file would. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer>, JsonErrors {
        @Option(names = "--format")
        String format = "text";
        @Option(names = "--io")
        boolean io;

        @Override
        public Integer call() {
            if (io) {
                throw new UncheckedIOException(new java.io.IOException("disk gone"));
            }
            throw new IllegalStateException("something broke");
        }

        @Override
        public boolean json() {
            return format.equals("json");
        }

        @Override
        public String jsonError(CliError error, Messages messages) {
            return ValidationJson.of(new dev.careplan.csv.ValidationReport(List.of(), List.of()), List.of(error),
                    messages, "strict", 100, error.type().exitCode());
        }
    }

    private static CliRun run(String... args) {
        CommandLine cl = CareplanCli.commandLine(CliRun.PLAIN);
        cl.addSubcommand("boom", new Boom());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void oneLineOnStandardErrorOrJsonOnStandardOutput() throws Exception {
        CliRun text = run("boom", "--lang", "en");
        assertThat(text.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(text.err()).isEqualTo("careplan boom: failed: something broke" + System.lineSeparator());
        CliRun io = run("boom", "--io");
        assertThat(io.code()).isEqualTo(CareplanCli.IO);
        assertThat(io.err()).startsWith("careplan boom: 読み書きできません: ").doesNotContain("\tat ");

        CliRun json = run("boom", "--format", "json", "--lang", "en");
        assertThat(json.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(json.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("errors").get(0).get("type").asText()).isEqualTo("FAILED");
        assertThat(report.get("errors").get(0).get("message").asText()).contains("something broke");
        assertThat(report.get("summary").get("exitCode").asInt()).isEqualTo(CareplanCli.FAILED);
    }
}
