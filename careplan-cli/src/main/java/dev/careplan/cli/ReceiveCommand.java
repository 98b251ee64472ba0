package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import dev.careplan.crypto.OpenedFile;
import dev.careplan.crypto.Opener;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.FileReport;
import dev.careplan.transport.Journal;
import dev.careplan.transport.SafeReceiver;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.UnitId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careplan receive}: downloads, opens, verifies, validates, stores and only then acknowledges. */
@Command(name = "receive", mixinStandardHelpOptions = true,
        description = "Receives waiting units in import order: download, open, verify, validate, store, acknowledge.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything received", "1:an envelope was rejected or a file is invalid", "2:bad usage",
            "3:a path could not be read or the relay not reached"})
final class ReceiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RelayOptions relay;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the received files")
    Path out;

    @Option(names = "--profile", defaultValue = "consumer", paramLabel = "consumer|producer",
            description = "validation profile for the received files: consumer or producer"
                    + " (default: ${DEFAULT-VALUE})")
    ValidateCommand.Profile profile;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = CareplanCli.messages(spec);
        try {
            Opener opener = Opener.of(relay.credentials(m), relay.anchors(m));
            Transport client = relay.client(m);
            // Each file is validated before its unit is acknowledged, and the result is journalled with the unit.
            Map<String, FileReport> reports = new HashMap<>();
            SafeReceiver receiver = new SafeReceiver(client, opener, out, new Journal(relay.journal),
                    Clock.systemUTC()).withCheck(f -> {
                        FileReport report = validate(f, m);
                        reports.put(f.fileName(), report);
                        return report.valid();
                    });
            List<UnitId> waiting = client.inbox();
            ProgressMeter meter = ProgressMeter.of(err, CareplanCli.of(spec).environment().terminal(), m,
                    "progress.units");
            List<SafeReceiver.Received> received = new ArrayList<>();
            meter.start(waiting.size());
            try {
                for (UnitId id : waiting) {
                    SafeReceiver.Received r = receiver.receive(id);
                    received.add(r);
                    meter.step(bytes(r));
                }
            } finally {
                meter.finish();
            }
            if (received.isEmpty()) {
                w.println(m.get("receive.nothing"));
            }
            int code = CareplanCli.OK;
            for (SafeReceiver.Received r : received) {
                w.println(m.get("receive.unit", r.unit().sequence().toString(), r.unit().sender().toString(),
                        r.outcome()));
                for (OpenedFile f : r.files()) {
                    FileReport report = reports.get(f.fileName());
                    if (report == null) {
                        w.println(m.get("receive.notValidated", f.fileName(), f.sender().toString()));
                    } else if (report.valid()) {
                        w.println(m.get("receive.valid", f.fileName(), f.sender().toString(), report.records()));
                    } else {
                        w.println(m.get("receive.invalid", f.fileName(), f.sender().toString(), report.records(),
                                report.errorCount()));
                    }
                }
                if (!r.imported() || r.outcome().equals(SafeReceiver.IMPORTED_WITH_ERRORS)) {
                    code = CareplanCli.FAILED;
                }
            }
            w.flush();
            return code;
        } catch (CredentialsException e) {
            err.println(m.get("command.error", "careplan receive", e.getMessage()));
            err.flush();
            return CareplanCli.exitCode(e);
        } catch (IOException | UncheckedIOException | TransportException e) {
            err.println(m.get("command.error", "careplan receive", e.getMessage()));
            err.flush();
            return CareplanCli.IO;
        }
    }

    private static long bytes(SafeReceiver.Received r) {
        long sum = 0;
        for (OpenedFile f : r.files()) {
            try {
                sum += Files.size(f.file());
            } catch (IOException e) {
                // Progress only: a file that cannot be sized counts as empty.
            }
        }
        return sum;
    }

    private FileReport validate(OpenedFile f, Messages m) {
        try (var in = Files.newInputStream(f.file())) {
            return (profile == ValidateCommand.Profile.producer ? ConformanceValidator.producer()
                    : ConformanceValidator.consumer()).validate(f.fileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(m.get("receive.cannotValidate", f.fileName()), e);
        }
    }
}
