package dev.careplan.cli;

import dev.careplan.transport.Journal;
import dev.careplan.transport.RelayClient;
import dev.careplan.transport.TransportException;
import java.io.IOException;
import java.io.PrintWriter;
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
        try {
            RelayClient client = relay.client();
            for (Journal.Entry e : new Journal(relay.journal).entries()) {
                if (e.direction() == Journal.Direction.SENT) {
                    w.println(e.unit().sequence() + " to " + e.unit().receiver() + ": " + client.status(e.unit()));
                }
            }
            w.flush();
            return CareplanCli.OK;
        } catch (IOException | TransportException e) {
            spec.commandLine().getErr().println("careplan status: " + e.getMessage());
            return CareplanCli.IO;
        }
    }
}
