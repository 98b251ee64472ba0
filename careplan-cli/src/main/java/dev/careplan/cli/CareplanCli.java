package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * The subcommands, in the order help lists them. They are added to the command line in code rather than named in
     * {@code @Command(subcommands)}, so that a run of one command builds picocli's model of that command only
     * ({@link #commandLine(CliEnvironment, String...)}): picocli reads every option of every command by reflection,
     * in a JVM that has not compiled any of it yet, and its classes (Java 5 bytecode) cannot come from the
     * class-data-sharing archive; building the model of all seventeen commands was most of a short command's time.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CommandLine.HelpCommand.class, DemoCommand.class,
            ValidateCommand.class, PkiCommand.class, SealCommand.class, OpenCommand.class, RelayCommand.class,
            SendCommand.class, ReceiveCommand.class, StatusCommand.class, JournalCommand.class, ReconcileCommand.class,
            CheckAnnexCommand.class, BenefitStatementCommand.class, ServeCommand.class, RenderCommand.class,
            ConformanceCommand.class);

    /** The only option of the top command that may come before a command's name in a one-command run. */
    private static final String LANG_OPTION = "--lang";

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

    /** A command line with every command and the project's error handling, run in the machine's environment. */
    public static CommandLine commandLine() {
        return commandLine(CliEnvironment.system());
    }

    /**
     * A command line with every command and the project's error handling, run in {@code environment} (tests pass a
     * fixed one).
     */
    static CommandLine commandLine(CliEnvironment environment) {
        return withSubcommands(environment, SUBCOMMANDS);
    }

    /**
     * A command line for running {@code args}, which behaves as {@link #commandLine(CliEnvironment)} for them: when
     * they name a command (after, at most, {@code --lang}), it holds that command only; otherwise (no command, help,
     * a top-level option such as {@code --version}, a name that is no command, so that the usage error can list or
     * suggest the others) it holds every command.
     */
    static CommandLine commandLine(CliEnvironment environment, String... args) {
        return withSubcommands(environment, named(args).map(List::<Class<?>>of).orElse(SUBCOMMANDS));
    }

    private static CommandLine withSubcommands(CliEnvironment environment, List<Class<?>> subcommands) {
        CareplanCli top = new CareplanCli(environment);
        CommandLine cl = new CommandLine(top);
        for (Class<?> command : subcommands) {
            cl.addSubcommand(command);
        }
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler(new UsageErrors(environment));
        cl.setExecutionExceptionHandler(CareplanCli::unexpected);
        CommandLine help = cl.getSubcommands().get("help");
        if (help != null) {
            // picocli's own help command: the same "Exit codes" section as every other command.
            java.util.Map<String, String> helpExitCodes = new java.util.LinkedHashMap<>();
            helpExitCodes.put("0", "help shown");
            helpExitCodes.put("2", "bad usage (no such command)");
            help.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(helpExitCodes);
        }
        return cl;
    }

    /** The command {@code args} run, when they name one other than help after nothing but {@code --lang}. */
    private static Optional<Class<?>> named(String... args) {
        int i = 0;
        while (i < args.length && (args[i].equals(LANG_OPTION) || args[i].startsWith(LANG_OPTION + "="))) {
            i += args[i].equals(LANG_OPTION) ? 2 : 1;
        }
        if (i >= args.length) {
            return Optional.empty();
        }
        String name = args[i];
        return SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(name))
                .findFirst();
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
        System.exit(execute(commandLine(CliEnvironment.system(), args), args));
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
