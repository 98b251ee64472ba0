package dev.careplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/** One run of the {@code careplan} command in process: its exit code and what it printed on each stream. */
record CliRun(int code, String out, String err) {

    /**
     * A machine with no {@code CAREPLAN_LANG}, a locale that is neither Japanese nor English (so the language falls
     * back to Japanese) and no terminal: what every test runs in unless it says otherwise.
     */
    static final CliEnvironment PLAIN = new CliEnvironment(Map.of(), Locale.GERMANY, false);

    /** A machine whose output is a terminal, in English: progress is shown. */
    static final CliEnvironment TERMINAL_EN = new CliEnvironment(Map.of(Lang.VARIABLE, "en"), Locale.GERMANY, true);

    static CliRun of(String... args) {
        return in(PLAIN, args);
    }

    /** A run in English, for tests that read messages. */
    static CliRun en(String... args) {
        return in(new CliEnvironment(Map.of(Lang.VARIABLE, "en"), Locale.GERMANY, false), args);
    }

    static CliRun in(CliEnvironment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // As the jar's main method builds it: holding only the command the arguments name, when they name one.
        var cl = CareplanCli.commandLine(env, args);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
