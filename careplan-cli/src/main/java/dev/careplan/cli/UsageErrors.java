package dev.careplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a usage error prints, the way git and OpenSSL do: what is wrong (in the language asked for), the one-line
 * usage and where to read more ({@code see 'careplan seal --help'}), not the whole help. With {@code --format json}
 * the error is a JSON document on standard output instead, so that a program reading it always gets JSON.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private final CliEnvironment environment;

    UsageErrors(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        // Parsing stopped at the error, so --lang may not have been applied yet: read it from the arguments.
        Messages m = Messages.of(Lang.resolve(Lang.parse(optionValue(args, "--lang").orElse(null)), environment));
        String command = cl.getCommandSpec().qualifiedName();
        String what = describe(e, m);
        if (cl.getCommand() instanceof JsonErrors json && optionValue(args, "--format").filter("json"::equals)
                .isPresent()) {
            PrintWriter out = cl.getOut();
            out.println(json.jsonError(new CliError(CliError.Type.USAGE, Optional.empty(),
                    m.get("usage.error", command, what)), m));
            out.flush();
            return CareplanCli.USAGE;
        }
        PrintWriter err = cl.getErr();
        err.println(m.get("usage.error", command, what));
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println(m.get("usage.suggestions", String.join(", ", u.getSuggestions())));
        }
        err.println(m.get("usage.synopsis", oneLine(cl)));
        err.println(m.get("usage.hint", command));
        err.flush();
        return CareplanCli.USAGE;
    }

    /** The synopsis on one line, however long (picocli wraps it to the help width). */
    static String oneLine(CommandLine cl) {
        return cl.getHelp().synopsis(0).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The error in the language of {@code m}, for picocli's common errors; picocli's own text for the rest. */
    static String describe(ParameterException e, Messages m) {
        if (e instanceof MissingParameterException missing) {
            return m.get("usage.missing", missing.getMissing().stream().map(UsageErrors::label)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return m.get("usage.unmatched", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return m.get("usage.overwritten", label(overwritten.getOverwritten()));
        }
        CommandLine cl = e.getCommandLine();
        if (e.getArgSpec() == null && !cl.getSubcommands().isEmpty() && cl.getParseResult() != null
                && !cl.getParseResult().hasSubcommand()) {
            return m.get("usage.missingSubcommand", String.join(", ", cl.getSubcommands().keySet()));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            List<String> allowed = candidates(arg);
            return allowed.isEmpty() ? m.get("usage.badValue", label(arg), e.getValue())
                    : m.get("usage.badValueOneOf", label(arg), e.getValue(), String.join(", ", allowed));
        }
        return e.getMessage();
    }

    private static List<String> candidates(ArgSpec arg) {
        if (arg.completionCandidates() == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        arg.completionCandidates().forEach(out::add);
        return out;
    }

    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "");
        }
        return arg.paramLabel();
    }

    /** The value of {@code option} in {@code args} ({@code --x v} or {@code --x=v}), the last one given. */
    static Optional<String> optionValue(String[] args, String option) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(option) && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith(option + "=")) {
                value = args[i].substring(option.length() + 1);
            } else if (args[i].equals("--")) {
                break;
            }
        }
        return Optional.ofNullable(value);
    }
}
