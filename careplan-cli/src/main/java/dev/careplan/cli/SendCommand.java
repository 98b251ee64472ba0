package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;
import dev.careplan.transport.Journal;
import dev.careplan.transport.SafeSender;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careplan send}: validates, seals and sends files to their receivers through the relay. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Validates care-plan CSV files, seals them for their receivers and sends them as send units.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all units accepted", "1:invalid files or a unit refused", "2:bad usage",
            "3:a path could not be read or the relay not reached"})
final class SendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RelayOptions relay;

    @Option(names = "--force", description = "send even when validation finds ERROR violations")
    boolean force;

    @Option(names = "--profile", defaultValue = "producer", paramLabel = "producer|consumer",
            description = "validation profile: producer (strict, for your own files) or consumer"
                    + " (default: ${DEFAULT-VALUE})")
    ValidateCommand.Profile profile;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "care-plan files to send; files sharing a"
            + " sequence number (ファイル連番) form one send unit")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = CareplanCli.messages(spec);
        String lang = m.lang().name();
        try {
            ValidationReport report = (profile == ValidateCommand.Profile.consumer ? ConformanceValidator.consumer()
                    : ConformanceValidator.producer()).validate(files);
            List<Violation> errors = report.violations().stream().filter(Violation::isError).toList();
            if (!errors.isEmpty()) {
                for (Violation v : errors) {
                    err.println("  " + v.ruleId() + " " + v.file() + v.record().map(r -> m.get("validate.record", r))
                            .orElse("") + ": " + v.message(lang));
                }
                if (!force) {
                    err.println(m.get("send.invalid", errors.size()));
                    err.flush();
                    return CareplanCli.FAILED;
                }
            }
            OfficeCredentials me = relay.credentials(m);
            List<X509Certificate> anchors = relay.anchors(m);
            Transport client = relay.client(m);
            SafeSender sender = SafeSender.builder(client, me, anchors, client::certificateOf,
                    new Journal(relay.journal)).force(force).keepSealedCopies(true).build();
            List<SafeSender.SendReport> reports = sender.sendAll(files, report);
            int code = CareplanCli.OK;
            for (SafeSender.SendReport r : reports) {
                if (r.outcome() != SafeSender.Outcome.SENT) {
                    code = CareplanCli.FAILED;
                }
                switch (r.outcome()) {
                    case SENT -> out.println(m.get("send.sent", r.unit(), r.envelopes().size(),
                            r.unit().receiver().toString(), r.status().toString()));
                    case INVALID -> err.println(m.get("send.invalid", r.violations().size()));
                    case RECEIVER_UNKNOWN -> err.println(m.get("send.refused", r.unit(),
                            m.get("send.notRegistered", r.unit().receiver().toString())));
                    case SEALING_REFUSED -> err.println(m.get("send.refused", r.unit(),
                            Explain.refused(r.refusal().flatMap(SafeSender.Refusal::sealer).orElseThrow(),
                                    r.detail().orElse(""), m)));
                    // Sealing is randomised, so even the same files never match what the relay holds byte for
                    // byte: say what the relay has, and let the office decide.
                    case CONFLICT -> err.println(m.get("send.refused", r.unit(),
                            m.get("send.conflict", r.status().toString())));
                    case RECEIVER_CERTIFICATE_REFUSED -> err.println(m.get("send.refused", r.unit(),
                            r.detail().orElse("")));
                    case REFUSED -> err.println(m.get("send.refused", r.unit(),
                            r.refusal().flatMap(SafeSender.Refusal::channel).map(Enum::name).orElse("")
                                    + ": " + r.detail().orElse("")));
                }
            }
            out.flush();
            err.flush();
            return code;
        } catch (CredentialsException e) {
            err.println(m.get("command.error", "careplan send", e.getMessage()));
            err.flush();
            return CareplanCli.exitCode(e);
        } catch (IllegalArgumentException e) {
            err.println(m.get("command.error", "careplan send", e.getMessage()));
            err.flush();
            return CareplanCli.USAGE;
        } catch (IOException | java.io.UncheckedIOException | TransportException e) {
            err.println(m.get("command.error", "careplan send", e.getMessage()));
            err.flush();
            return CareplanCli.IO;
        }
    }
}
