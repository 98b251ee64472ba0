package dev.careplan.cli;

import dev.careplan.crypto.CredentialsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code careplan} command: entry point of the runnable jar. Each task is a subcommand in its own class.
 *
 * <p>Exit codes shared by all subcommands: {@code 0} success, {@code 1} the input was judged and found wanting
 * (e.g. an ERROR violation), {@code 2} bad usage, {@code 3} a path could not be read or written.
 */
@Command(name = "careplan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Care-plan data linkage standard (ケアプランデータ連携標準仕様 V4.1) toolkit.",
        subcommands = {DemoCommand.class, ValidateCommand.class, PkiCommand.class, SealCommand.class,
            OpenCommand.class, RelayCommand.class, SendCommand.class, ReceiveCommand.class, StatusCommand.class,
            JournalCommand.class,
            ReconcileCommand.class, CheckAnnexCommand.class, BenefitStatementCommand.class,
            ServeCommand.class, RenderCommand.class})
public final class CareplanCli {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the input was judged and found wanting. */
    public static final int FAILED = 1;
    /** Exit code: bad usage. */
    public static final int USAGE = 2;
    /** Exit code: a path could not be read or written. */
    public static final int IO = 3;

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    private CareplanCli() {
    }

    /** A command line with the project's error handling, for tests and for {@link #main}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CareplanCli());
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setExecutionExceptionHandler(CareplanCli::unexpected);
        return cl;
    }

    /**
     * The last resort for an error a command did not expect: one line naming the command and what failed, never a
     * stack trace. Messages of the SDK's exceptions carry no key material or personal data.
     */
    private static int unexpected(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean io = e instanceof IOException || e instanceof UncheckedIOException;
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + (io ? "cannot read or write: " : "failed: ")
                + what);
        cl.getErr().flush();
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
        System.exit(commandLine().execute(args));
    }
}
