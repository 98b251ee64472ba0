package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.Sealer;
import dev.careplan.crypto.SealingRefusedException;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.ValidationReport;
import dev.careplan.model.validation.Violation;
import dev.careplan.transport.Journal;
import dev.careplan.transport.ReceiverCertificates;
import dev.careplan.transport.RelayClient;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
            RelayClient client = relay.client(m);
            Journal journal = new Journal(relay.journal);
            SealedCopies copies = new SealedCopies(relay.journal);
            Map<UnitId, List<Path>> units = new TreeMap<>();
            for (Path f : files) {
                units.computeIfAbsent(Unit.idOf(f.getFileName().toString()), k -> new ArrayList<>()).add(f);
            }
            int code = CareplanCli.OK;
            for (Map.Entry<UnitId, List<Path>> e : units.entrySet()) {
                UnitId id = e.getKey();
                X509Certificate cert = client.certificateOf(id.receiver()).orElse(null);
                if (cert == null) {
                    err.println(m.get("send.refused", id, m.get("send.notRegistered", id.receiver().toString())));
                    code = CareplanCli.FAILED;
                    continue;
                }
                List<UnitFile> sealed = new ArrayList<>();
                try {
                    // The relay's word is not enough: a certificate of its own making would let it read the files.
                    ReceiverCertificates.verify(cert, id.receiver(), anchors, Clock.systemUTC());
                    Map<String, String> sources = SealedCopies.sources(e.getValue(), cert);
                    Optional<List<UnitFile>> before = copies.reuse(id, sources);
                    if (before.isPresent()) {
                        // A retry: the same envelopes, which the relay takes as a duplicate if it has them.
                        sealed.addAll(before.get());
                    } else {
                        Sealer sealer = Sealer.of(me, List.of(cert));
                        for (Path f : e.getValue()) {
                            ByteArrayOutputStream buf = new ByteArrayOutputStream();
                            try (InputStream in = Files.newInputStream(f)) {
                                sealer.seal(in, f.getFileName().toString(), buf);
                            }
                            sealed.add(new UnitFile(f.getFileName() + ".p7m", buf.toByteArray()));
                        }
                        copies.keep(id, sources, sealed);
                    }
                } catch (SealingRefusedException ex) {
                    err.println(m.get("send.refused", id, Explain.refused(ex, m)));
                    code = CareplanCli.FAILED;
                    continue;
                } catch (TransportException ex) {
                    err.println(m.get("send.refused", id, ex.getMessage()));
                    code = CareplanCli.FAILED;
                    continue;
                }
                Unit unit = new Unit(id, sealed);
                try {
                    client.send(unit);
                    journal.record(new Journal.Entry(Clock.systemUTC().instant(), Journal.Direction.SENT, id,
                            sealed.stream().map(s -> new Journal.FileEntry(s.name(), s.sha256())).toList(), "SENT"));
                    out.println(m.get("send.sent", id, sealed.size(), id.receiver().toString(),
                            client.status(id).toString()));
                } catch (TransportException ex) {
                    if (ex.reason() == TransportException.Reason.UNAVAILABLE) {
                        throw ex;
                    }
                    if (ex.reason() == TransportException.Reason.CONFLICT) {
                        // Sealing is randomised, so even the same files never match what the relay holds byte for
                        // byte: say what the relay has, and let the office decide.
                        err.println(m.get("send.refused", id, m.get("send.conflict", client.status(id).toString())));
                        journal.record(new Journal.Entry(Clock.systemUTC().instant(), Journal.Direction.SENT, id,
                                sealed.stream().map(s -> new Journal.FileEntry(s.name(), s.sha256())).toList(),
                                "REFUSED:CONFLICT"));
                        code = CareplanCli.FAILED;
                        continue;
                    }
                    journal.record(new Journal.Entry(Clock.systemUTC().instant(), Journal.Direction.SENT, id,
                            sealed.stream().map(s -> new Journal.FileEntry(s.name(), s.sha256())).toList(),
                            "REFUSED:" + ex.reason()));
                    err.println(m.get("send.refused", id, ex.reason() + ": " + ex.getMessage()));
                    code = CareplanCli.FAILED;
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
