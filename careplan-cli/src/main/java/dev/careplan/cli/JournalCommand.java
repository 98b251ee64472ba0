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
        description = "Prints the journal of units sent and received (evidence for audits).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:journal printed", "2:bad usage", "3:the journal could not be read"})
final class JournalCommand implements Callable<Integer>, JsonErrors {

    /**
     * Built on first use: picocli creates every subcommand when any command starts, and an ObjectMapper built then
     * would cost every other command the loading of Jackson.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--journal", defaultValue = "careplan-journal.jsonl", paramLabel = "FILE",
            description = "journal file (default: ${DEFAULT-VALUE})")
    Path journal;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text or json (default: ${DEFAULT-VALUE})")
    ValidateCommand.Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        Messages m = CareplanCli.messages(spec);
        boolean json = format == ValidateCommand.Format.json;
        if (!Files.isRegularFile(journal)) {
            String message = m.get("journal.noJournal", journal);
            if (json) {
                w.println(jsonError(new CliError(CliError.Type.IO, java.util.Optional.of(journal.toString()),
                        message), m));
                w.flush();
            } else {
                spec.commandLine().getErr().println(message);
                spec.commandLine().getErr().flush();
            }
            return CareplanCli.IO;
        }
        var entries = new Journal(journal).entries();
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (Journal.Entry e : entries) {
                ObjectNode o = arr.addObject().put("time", e.time().toString()).put("direction", e.direction().name())
                        .put("unit", e.unit().key()).put("sender", e.unit().sender().toString())
                        .put("receiver", e.unit().receiver().toString()).put("outcome", e.outcome());
                ArrayNode files = o.putArray("files");
                e.files().forEach(f -> files.addObject().put("name", f.name()).put("sha256", f.sha256()));
            }
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.set("entries", arr);
            root.putArray("errors");
            w.println(Json.MAPPER.writeValueAsString(root));
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

    @Override
    public boolean json() {
        return format == ValidateCommand.Format.json;
    }

    @Override
    public String jsonError(CliError error, Messages messages) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putArray("entries");
        ObjectNode e = root.putArray("errors").addObject();
        e.put("type", error.type().name());
        e.put("path", error.path().orElse(null));
        e.put("message", error.message());
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }
}
