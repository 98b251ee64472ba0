package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import dev.careplan.crypto.OpenedFile;
import dev.careplan.crypto.Opener;
import dev.careplan.csv.ConformanceValidator;
import dev.careplan.csv.FileReport;
import dev.careplan.transport.Journal;
import dev.careplan.transport.SafeReceiver;
import dev.careplan.transport.TransportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
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
        exitCodeList = {"0:everything received", "1:an envelope was rejected", "2:bad usage",
            "3:a path could not be read or the relay not reached"})
final class ReceiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RelayOptions relay;

    @Option(names = "--out", required = true, description = "folder for the received files")
    Path out;

    @Option(names = "--profile", defaultValue = "consumer",
            description = "validation profile for the received files: consumer or producer (default: ${DEFAULT-VALUE})")
    ValidateCommand.Profile profile;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Opener opener = Opener.of(relay.credentials(), relay.anchors());
            // Each file is validated before its unit is acknowledged, and the result is journalled with the unit.
            Map<String, FileReport> reports = new HashMap<>();
            SafeReceiver receiver = new SafeReceiver(relay.client(), opener, out, new Journal(relay.journal),
                    Clock.systemUTC()).withCheck(f -> {
                        FileReport report = validate(f);
                        reports.put(f.fileName(), report);
                        return report.valid();
                    });
            int code = CareplanCli.OK;
            List<SafeReceiver.Received> received = receiver.receiveAll();
            if (received.isEmpty()) {
                w.println("nothing waits");
            }
            for (SafeReceiver.Received r : received) {
                w.println(r.unit().sequence() + " from " + r.unit().sender() + ": " + r.outcome());
                for (OpenedFile f : r.files()) {
                    FileReport report = reports.get(f.fileName());
                    if (report == null) {
                        w.println("  " + f.fileName() + "  verified sender " + f.sender() + ", not validated");
                        continue;
                    }
                    w.println("  " + f.fileName() + "  verified sender " + f.sender() + ", " + report.records()
                            + " records, " + (report.valid() ? "valid" : report.violations().stream()
                                    .filter(v -> v.isError()).count() + " ERROR violations (validate the file to see them)"));
                }
                if (!r.imported() || r.outcome().equals(SafeReceiver.IMPORTED_WITH_ERRORS)) {
                    code = CareplanCli.FAILED;
                }
            }
            w.flush();
            return code;
        } catch (CredentialsException e) {
            err.println("careplan receive: " + e.getMessage());
            err.flush();
            return CareplanCli.exitCode(e);
        } catch (IOException | java.io.UncheckedIOException | TransportException e) {
            err.println("careplan receive: " + e.getMessage());
            err.flush();
            return CareplanCli.IO;
        }
    }

    private FileReport validate(OpenedFile f) {
        try (var in = java.nio.file.Files.newInputStream(f.file())) {
            return (profile == ValidateCommand.Profile.producer ? ConformanceValidator.producer()
                    : ConformanceValidator.consumer()).validate(f.fileName(), in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + f.fileName() + " to validate it", e);
        }
    }
}
