package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import dev.careplan.transport.Journal;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.UnitId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code careplan status}: what became of the units this office sent (from its journal). */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows what became of the units in this office's journal: WAITING, DELIVERED or EXPIRED.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:statuses shown", "1:the key store cannot be used", "2:bad usage",
            "3:the journal or a key file could not be read, or the relay not reached"})
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RelayOptions relay;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages m = CareplanCli.messages(spec);
        if (!Files.isRegularFile(relay.journal)) {
            err.println(m.get("status.noJournal", relay.journal));
            err.flush();
            return CareplanCli.IO;
        }
        try {
            relay.credentials(m); // checked first: a precise message and exit code for a bad key store
            Transport client = relay.client(m);
            List<UnitId> sent = new Journal(relay.journal).entries().stream()
                    .filter(e -> e.direction() == Journal.Direction.SENT && e.outcome().equals("SENT"))
                    .map(Journal.Entry::unit).distinct().toList();
            if (sent.isEmpty()) {
                w.println(m.get("status.nothingSent", relay.journal));
            }
            for (UnitId u : sent) {
                var status = client.status(u);
                w.println(m.get("status.unit", u.sequence().toString(), u.receiver().toString(),
                        status + (status == dev.careplan.transport.DeliveryStatus.REJECTED
                                ? client.rejection(u).map(r -> " (" + r + ")").orElse("") : "")));
            }
            w.flush();
            return CareplanCli.OK;
        } catch (CredentialsException e) {
            err.println(m.get("command.error", "careplan status", e.getMessage()));
            err.flush();
            return CareplanCli.exitCode(e);
        } catch (IOException | TransportException e) {
            err.println(m.get("command.error", "careplan status", e.getMessage()));
            err.flush();
            return CareplanCli.IO;
        }
    }
}
