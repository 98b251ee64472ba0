package dev.careplan.cli;

import dev.careplan.model.Party;
import dev.careplan.relay.RegistrationFolder;
import dev.careplan.transport.TransportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careplan relay register | replace | remove}: the relay operator's changes to the folder of registered office
 * certificates ({@code relay serve --register}), each checked and journalled in the folder's
 * {@code registrations.jsonl}. A running relay takes the change within seconds.
 */
final class RelayOfficeCommands {
    private RelayOfficeCommands() {
    }

    /** Options shared by the three commands. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--register", required = true, paramLabel = "DIR",
                description = "folder of registered office certificates")
        Path folder;

        @Option(names = "--trust", required = true, paramLabel = "CA.pem",
                description = "CA certificates that office certificates must chain to")
        Path trust;

        abstract String act(RegistrationFolder f, Messages m) throws IOException;

        @Override
        public Integer call() {
            String name = spec.qualifiedName();
            Messages m = CareplanCli.messages(spec);
            try {
                List<X509Certificate> anchors = Pem.certificates(trust, m);
                spec.commandLine().getOut().println(act(new RegistrationFolder(folder, anchors, Clock.systemUTC()),
                        m));
                spec.commandLine().getOut().flush();
                return CareplanCli.OK;
            } catch (TransportException e) {
                return fail(m.get("command.error", name, e.getMessage()), CareplanCli.FAILED);
            } catch (IOException | UncheckedIOException e) {
                return fail(m.get("error.io", name, e.getMessage()), CareplanCli.IO);
            }
        }

        private int fail(String message, int code) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(message);
            err.flush();
            return code;
        }
    }

    /** {@code careplan relay register}. */
    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Registers an office's certificate with the relay (journalled); an office registered"
                    + " already needs --rollover or replace.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:registered", "1:refused (office registered, certificate unusable)", "2:bad usage",
                "3:a file could not be read or written"})
    static final class Register extends Base {
        @Option(names = "--cert", required = true, paramLabel = "CERT.pem", description = "the office's certificate (PEM)")
        Path cert;

        @Option(names = "--rollover", description = "keep the office's current certificate too, until replace")
        boolean rollover;

        @Override
        String act(RegistrationFolder f, Messages m) throws IOException {
            Party p = f.register(Pem.certificates(cert, m).get(0), rollover);
            return m.get(rollover ? "relay.registeredRollover" : "relay.registered", p.toString());
        }
    }

    /** {@code careplan relay replace}. */
    @Command(name = "replace", mixinStandardHelpOptions = true,
            description = "Replaces every certificate of a registered office with a new one (journalled).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:replaced", "1:refused (office not registered, certificate unusable)", "2:bad usage",
                "3:a file could not be read or written"})
    static final class Replace extends Base {
        @Option(names = "--cert", required = true, paramLabel = "CERT.pem", description = "the office's new certificate (PEM)")
        Path cert;

        @Override
        String act(RegistrationFolder f, Messages m) throws IOException {
            return m.get("relay.replaced", f.replace(Pem.certificates(cert, m).get(0)).toString());
        }
    }

    /** {@code careplan relay remove}. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes an office and its certificates from the relay (journalled).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:removed", "1:the office is not registered", "2:bad usage",
                "3:a file could not be read or written"})
    static final class Remove extends Base {
        @Option(names = "--office", required = true, paramLabel = "OFFICE:KIND",
                description = "the office number and service kind, e.g. 1310000001:43")
        String office;

        @Override
        String act(RegistrationFolder f, Messages m) {
            String[] p = office.split(":", 2);
            if (p.length != 2) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), m.get("relay.officeFormat"));
            }
            Party party = Party.of(p[0], p[1]);
            f.remove(party);
            return m.get("relay.removed", party.toString());
        }
    }
}
