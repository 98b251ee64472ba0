package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code relay register | replace | remove} on the folder {@code relay serve --register} reads; internal errors. */
class RelayRegistrationCommandsTest {

    @TempDir
    Path dir;

    @Test
    void registerReplaceAndRemoveAnOfficeCertificate() throws Exception {
        Path pki = dir.resolve("pki");
        assertThat(CliRun.of("pki", "init", "--out", pki.toString(), "--office", "1310000001:43").code()).isZero();
        Path folder = dir.resolve("offices");
        String ca = pki.resolve("ca.pem").toString();
        String cert = pki.resolve("1310000001-43.pem").toString();

        CliRun r = CliRun.of("relay", "register", "--lang", "en", "--register", folder.toString(), "--trust", ca,
                "--cert", cert);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("registered 1310000001:43");
        r = CliRun.of("relay", "register", "--register", folder.toString(), "--trust", ca, "--cert", cert);
        assertThat(r.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(r.out()).as("Japanese by default").isEmpty();
        assertThat(r.err()).contains("registered already");
        assertThat(CliRun.of("relay", "replace", "--register", folder.toString(), "--trust", ca, "--cert", cert)
                .code()).isZero();
        assertThat(CliRun.of("relay", "remove", "--register", folder.toString(), "--trust", ca, "--office",
                "1310000001:43").code()).isZero();
        r = CliRun.of("relay", "remove", "--register", folder.toString(), "--trust", ca, "--office", "1310000001:43");
        assertThat(r.code()).isEqualTo(CareplanCli.FAILED);
        assertThat(Files.readAllLines(folder.resolve("registrations.jsonl"))).hasSize(3)
                .allSatisfy(l -> assertThat(l).contains("\"office\":\"1310000001\""));
        r = CliRun.of("relay", "register", "--register", folder.toString(), "--trust", ca, "--cert",
                pki.resolve("ca.pem").toString());
        assertThat(r.code()).as("a CA certificate names no office").isEqualTo(CareplanCli.FAILED);
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void anErrorExitsWithTheInternalErrorCode() {
        CommandLine cl = CareplanCli.commandLine().addSubcommand("boom", new Boom());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(CareplanCli.execute(cl, "boom")).isEqualTo(CareplanCli.INTERNAL).isNotEqualTo(CareplanCli.FAILED);
        assertThat(err.toString()).contains("internal error (OutOfMemoryError)").doesNotContain("\tat ");
    }
}
