package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code careplan} command: entry point of the runnable jar. Each task is a subcommand in its own class.
 *
 * <p>Exit codes shared by all subcommands: {@code 0} success, {@code 1} the input was judged and found wanting
 * (e.g. an ERROR violation), {@code 2} bad usage, {@code 3} a path could not be read or written, {@code 70} an
 * internal error (the JVM ran out of memory or stack): never the code of an ordinary result.
 */
@Command(name = "careplan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Care-plan data linkage standard (ケアプランデータ連携標準仕様 V4.1) toolkit.",
        subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, ValidateCommand.class, PkiCommand.class,
            SealCommand.class, OpenCommand.class, RelayCommand.class, SendCommand.class, ReceiveCommand.class,
            StatusCommand.class, JournalCommand.class, ReconcileCommand.class, CheckAnnexCommand.class,
            BenefitStatementCommand.class, ServeCommand.class, RenderCommand.class, ConformanceCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input was judged and found wanting", "2:bad usage",
            "3:a path could not be read or written, or the relay not reached"})
public final class CareplanCli {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input was judged and found wanting. */
    public static final int FAILED = 1;
    /** Exit code: bad usage. */
    public static final int USAGE = 2;
    /** Exit code: a path could not be read or written. */
    public static final int IO = 3;
    /** Exit code: an internal error ({@link Error}: out of memory, stack overflow), as sysexits' EX_SOFTWARE. */
    public static final int INTERNAL = 70;

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    private final CliEnvironment environment;

    // Inherited: every subcommand accepts it, and picocli sets it here, on the top command, wherever it was given.
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "ja|en",
            description = "language of messages, ja or en (default: $" + Lang.VARIABLE
                    + ", else the system locale, else ja)")
    Lang lang;

    private CareplanCli(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** A command line with the project's error handling, run in the machine's environment. */
    public static CommandLine commandLine() {
        return commandLine(CliEnvironment.system());
    }

    /** A command line with the project's error handling, run in {@code environment} (tests pass a fixed one). */
    static CommandLine commandLine(CliEnvironment environment) {
        CareplanCli top = new CareplanCli(environment);
        CommandLine cl = new CommandLine(top);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler(new UsageErrors(environment));
        cl.setExecutionExceptionHandler(CareplanCli::unexpected);
        // picocli's own help command: the same "Exit codes" section as every other command.
        java.util.Map<String, String> helpExitCodes = new java.util.LinkedHashMap<>();
        helpExitCodes.put("0", "help shown");
        helpExitCodes.put("2", "bad usage (no such command)");
        cl.getSubcommands().get("help").getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(helpExitCodes);
        return cl;
    }

    /** The top command of the command {@code spec} belongs to. */
    static CareplanCli of(CommandSpec spec) {
        return (CareplanCli) spec.root().userObject();
    }

    /** The texts of the language in force for the command {@code spec} belongs to. */
    static Messages messages(CommandSpec spec) {
        return of(spec).messages();
    }

    /** The texts of the language in force. */
    Messages messages() {
        return Messages.of(Lang.resolve(lang, environment));
    }

    /** The machine this command runs on. */
    CliEnvironment environment() {
        return environment;
    }

    /**
     * The last resort for an error a command did not expect: one line naming the command and what failed, never a
     * stack trace. Messages of the SDK's exceptions carry no key material or personal data.
     */
    private static int unexpected(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean io = e instanceof IOException || e instanceof UncheckedIOException;
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Messages m = messages(cl.getCommandSpec());
        String line = m.get(io ? "error.io" : "error.failed", cl.getCommandSpec().qualifiedName(), what);
        if (cl.getCommand() instanceof JsonErrors json && json.json()) {
            cl.getOut().println(json.jsonError(new CliError(io ? CliError.Type.IO : CliError.Type.FAILED,
                    java.util.Optional.empty(), line), m));
            cl.getOut().flush();
        } else {
            cl.getErr().println(line);
            cl.getErr().flush();
        }
        return io ? IO : FAILED;
    }

    /** The exit code of an unusable key store: {@link #IO} when the file cannot be read, else {@link #FAILED}. */
    static int exitCode(CredentialsException e) {
        return e.reason() == CredentialsException.Reason.UNREADABLE ? IO : FAILED;
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        // Library start-up banners (e.g. Hibernate Validator's version line) are noise on a command line.
        HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(execute(commandLine(), args));
    }

    /**
     * Runs {@code cl}; an {@link Error} (picocli passes them through) ends in one line on the error stream and
     * {@link #INTERNAL}, so that, say, running out of memory on a hostile file is not read as "the file is invalid".
     */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (Error e) {
            cl.getErr().println("careplan: internal error (" + e.getClass().getSimpleName() + "): the command stopped"
                    + " without a result" + (e instanceof OutOfMemoryError ? "; give it more memory (-Xmx)" : ""));
            cl.getErr().flush();
            return INTERNAL;
        }
    }
}
