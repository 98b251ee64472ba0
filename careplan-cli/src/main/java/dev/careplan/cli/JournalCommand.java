package dev.careplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careplan.transport.Journal;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careplan journal}: prints the office's record of units sent and received. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Prints the journal of units sent and received (evidence for audits).")
final class JournalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", defaultValue = "careplan-journal.jsonl", description = "journal file (default: ${DEFAULT-VALUE})")
    Path journal;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    ValidateCommand.Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        if (!Files.isRegularFile(journal)) {
            spec.commandLine().getErr().println("careplan journal: no journal at " + journal
                    + " (give the file that send or receive wrote with --journal)");
            return CareplanCli.IO;
        }
        var entries = new Journal(journal).entries();
        if (format == ValidateCommand.Format.json) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode arr = m.createArrayNode();
            for (Journal.Entry e : entries) {
                ObjectNode o = arr.addObject().put("time", e.time().toString()).put("direction", e.direction().name())
                        .put("unit", e.unit().key()).put("sender", e.unit().sender().toString())
                        .put("receiver", e.unit().receiver().toString()).put("outcome", e.outcome());
                ArrayNode files = o.putArray("files");
                e.files().forEach(f -> files.addObject().put("name", f.name()).put("sha256", f.sha256()));
            }
            w.println(m.writeValueAsString(m.createObjectNode().set("entries", arr)));
        } else {
            for (Journal.Entry e : entries) {
                w.println(e.time() + " " + e.direction() + " " + e.unit().sender() + " -> " + e.unit().receiver() + " "
                        + e.unit().sequence() + " " + e.outcome());
                e.files().forEach(f -> w.println("    " + f.name() + " sha256:" + f.sha256()));
            }
        }
        w.flush();
        return CareplanCli.OK;
    }
}
