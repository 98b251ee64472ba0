package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import dev.careplan.transport.Journal;
import dev.careplan.transport.RelayClient;
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
        description = "Shows what became of the units in this office's journal: WAITING, DELIVERED or EXPIRED.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RelayOptions relay;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (!Files.isRegularFile(relay.journal)) {
            spec.commandLine().getErr().println("careplan status: no journal at " + relay.journal
                    + " (give the file that send wrote with --journal)");
            return CareplanCli.IO;
        }
        try {
            relay.credentials(); // checked first: a precise message and exit code for a bad key store
            RelayClient client = relay.client();
            List<UnitId> sent = new Journal(relay.journal).entries().stream()
                    .filter(e -> e.direction() == Journal.Direction.SENT && e.outcome().equals("SENT"))
                    .map(Journal.Entry::unit).distinct().toList();
            if (sent.isEmpty()) {
                w.println("the journal " + relay.journal + " records no unit sent");
            }
            for (UnitId u : sent) {
                var status = client.status(u);
                w.println(u.sequence() + " to " + u.receiver() + ": " + status
                        + (status == dev.careplan.transport.DeliveryStatus.REJECTED
                                ? client.rejection(u).map(r -> " (" + r + ")").orElse("") : ""));
            }
            w.flush();
            return CareplanCli.OK;
        } catch (CredentialsException e) {
            spec.commandLine().getErr().println("careplan status: " + e.getMessage());
            return CareplanCli.exitCode(e);
        } catch (IOException | TransportException e) {
            spec.commandLine().getErr().println("careplan status: " + e.getMessage());
            return CareplanCli.IO;
        }
    }
}
