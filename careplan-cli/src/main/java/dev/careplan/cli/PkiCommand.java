package dev.careplan.cli;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.SecretFiles;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code careplan pki}: a test PKI for trying the exchange (never for production). */
@Command(name = "pki", mixinStandardHelpOptions = true, description = "Test PKI for trying the exchange.",
        subcommands = {PkiCommand.Init.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:help shown", "2:bad usage (a subcommand is needed: pki init)"})
final class PkiCommand {

    /** {@code careplan pki init}. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Creates a test CA and office certificates: ca.pem, OFFICE-KIND.p12/.pem/.key, relay.p12.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "2:bad usage (e.g. an office that is not OFFICE:KIND)",
                "3:a file could not be read or written"})
    static final class Init implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write to")
        Path out;

        @Option(names = "--office", required = true, paramLabel = "OFFICE:KIND",
                description = "an office to issue a certificate for, e.g. 1310000001:43 (repeatable)")
        List<String> offices;

        @Option(names = "--relay-host", paramLabel = "HOST", description = "also issue relay.p12, a TLS server certificate for HOST")
        String relayHost;

        @Option(names = "--password-file", paramLabel = "FILE", description = "password of the .p12 files (default: generated into"
                + " DIR/password.txt)")
        Path passwordFile;

        @Option(names = "--key-type", defaultValue = "RSA_2048", paramLabel = "TYPE",
                description = "RSA_2048, RSA_3072 or EC_P256 (default: ${DEFAULT-VALUE})")
        KeyType keyType;

        @Override
        public Integer call() throws IOException {
            PrintWriter w = spec.commandLine().getOut();
            Messages m = CareplanCli.messages(spec);
            List<Party> parties;
            try {
                parties = offices.stream().map(Party::parse).toList();
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), m.get("pki.badOffice", e.getMessage()));
            }
            char[] password;
            Files.createDirectories(out);
            if (passwordFile != null) {
                password = Pem.password(passwordFile, m);
            } else {
                byte[] b = new byte[18];
                new SecureRandom().nextBytes(b);
                password = HexFormat.of().formatHex(b).toCharArray();
                Path pw = out.resolve("password.txt");
                SecretFiles.write(pw, (new String(password) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            TestPki pki = TestPki.create(Clock.systemUTC());
            w.println("ca.pem");
            pki.writeCa(out);
            for (Party p : parties) {
                String base = p.office().value() + "-" + p.kind().code();
                pki.write(pki.issueOffice(p, keyType), out, base, password);
                w.println(m.get("pki.office", base, p.toString()));
            }
            if (relayHost != null) {
                OfficeCredentials relay = pki.issueTlsServer(relayHost);
                try {
                    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
                    pki.keyStore(relay, "relay", password).store(o, password);
                    SecretFiles.write(out.resolve("relay.p12"), o.toByteArray());
                } catch (java.security.GeneralSecurityException e) {
                    throw new IOException(m.get("pki.cannotWriteRelay"), e);
                }
                w.println(m.get("pki.relay", relayHost));
            }
            w.println(m.get(passwordFile == null ? "pki.writtenWithPassword" : "pki.written", out));
            w.flush();
            return CareplanCli.OK;
        }
    }
}
