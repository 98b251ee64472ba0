package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import dev.careplan.crypto.EnvelopeException;
import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.OpenedFile;
import dev.careplan.crypto.Opener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careplan open}: decrypts, verifies and checks sealed files, then writes them under their signed name. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Decrypts and verifies FILE.p7m and writes the file under its signed name.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all opened", "1:an envelope was rejected", "2:bad usage", "3:a path could not be read"})
final class OpenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OfficeKeyOptions office;

    @Option(names = "--trust", required = true, paramLabel = "CA.pem", description = "trusted CA certificates")
    Path trust;

    @Option(names = "--crl", paramLabel = "CRL", description = "CRL to check revocation against (repeatable)")
    List<Path> crls = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the opened files")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE.p7m", description = "sealed files (envelopes) addressed to this"
            + " office; every one is tried")
    List<Path> envelopes;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = CareplanCli.messages(spec);
        Opener opener;
        OfficeCredentials me;
        try {
            me = office.credentials(m);
            List<X509CRL> list = new ArrayList<>();
            for (Path c : crls) {
                list.add(Pem.crl(c, m));
            }
            opener = Opener.of(me, Pem.certificates(trust, m)).withCrls(list);
            Files.createDirectories(out);
        } catch (CredentialsException e) {
            err.println(m.get("command.error", "careplan open", e.getMessage()));
            err.flush();
            return CareplanCli.exitCode(e);
        } catch (IOException e) {
            err.println(m.get("error.io", "careplan open", e.getMessage()));
            err.flush();
            return CareplanCli.IO;
        }
        Explain.expiry(me.certificate(), Clock.systemUTC(), m).ifPresent(err::println);
        // Every envelope is tried; the exit code is the worst outcome: IO (3) over a rejection (1).
        int code = CareplanCli.OK;
        for (Path env : envelopes) {
            try {
                OpenedFile o = opener.open(env, out);
                w.println(m.get("open.opened", o.fileName(), o.sender().toString(),
                        o.signer().getSerialNumber().toString(), o.signer().getIssuerX500Principal().getName()));
                if (!o.nameSigned()) {
                    err.println(m.get("open.nameNotSigned", env.getFileName()));
                }
            } catch (EnvelopeException e) {
                err.println(m.get("open.rejected", env.getFileName(), Explain.envelope(e, m)));
                code = Math.max(code, CareplanCli.FAILED);
            } catch (IOException e) {
                err.println(m.get("open.cannotRead", env, e.getMessage()));
                code = Math.max(code, CareplanCli.IO);
            }
        }
        w.flush();
        err.flush();
        return code;
    }
}
