package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import dev.careplan.crypto.EnvelopeException;
import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.Sealer;
import dev.careplan.crypto.SealingRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
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

/** {@code careplan seal}: signs files with the office's key and encrypts them to the receivers' certificates. */
@Command(name = "seal", mixinStandardHelpOptions = true,
        description = "Signs and encrypts files for their receivers: FILE -> FILE.p7m.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all sealed", "1:a file could not be sealed", "2:bad usage", "3:a path could not be read"})
final class SealCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OfficeKeyOptions office;

    @Option(names = "--to", required = true, paramLabel = "CERT.pem",
            description = "receiver certificate (repeatable)")
    List<Path> to;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: beside each file)")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "care-plan files to seal, each named as the"
            + " standard prescribes (the sender in the name must be this office)")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = CareplanCli.messages(spec);
        try {
            OfficeCredentials me = office.credentials(m);
            Explain.expiry(me.certificate(), Clock.systemUTC(), m).ifPresent(err::println);
            List<X509Certificate> recipients = new ArrayList<>();
            for (Path p : to) {
                recipients.addAll(Pem.certificates(p, m));
            }
            Sealer sealer = Sealer.of(me, recipients);
            for (Path f : files) {
                Path folder = out != null ? out : f.toAbsolutePath().getParent();
                Path env = sealer.seal(f, folder);
                w.println(m.get("seal.sealed", env));
            }
            w.flush();
            return CareplanCli.OK;
        } catch (CredentialsException e) {
            err.println(m.get("command.error", "careplan seal", e.getMessage()));
            err.flush();
            return CareplanCli.exitCode(e);
        } catch (SealingRefusedException e) {
            err.println(m.get("command.error", "careplan seal", Explain.refused(e, m)));
            err.flush();
            return CareplanCli.FAILED;
        } catch (EnvelopeException e) {
            err.println(m.get("command.error", "careplan seal", Explain.envelope(e, m)));
            err.flush();
            return CareplanCli.FAILED;
        } catch (IOException e) {
            err.println(m.get("error.io", "careplan seal", e.getMessage()));
            err.flush();
            return CareplanCli.IO;
        }
    }
}
