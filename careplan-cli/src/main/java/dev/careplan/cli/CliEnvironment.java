package dev.careplan.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the command reads from the machine it runs on: environment variables, the system locale and whether its
 * output goes to a terminal. One value, given to {@link CareplanCli#commandLine(CliEnvironment)}, so that tests pass
 * fixed ones and never depend on the machine they run on.
 *
 * @param variables environment variables (e.g. {@code CAREPLAN_LANG})
 * @param locale    the system locale
 * @param terminal  whether standard output is a terminal (progress is shown only then)
 */
record CliEnvironment(Map<String, String> variables, Locale locale, boolean terminal) {

    /** Copies the variables. */
    CliEnvironment {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(locale, "locale");
    }

    /** The machine's: its environment, default locale, and a terminal when the JVM has a console. */
    static CliEnvironment system() {
        // On Java 17 System.console() is non-null only when standard input and output are both a terminal.
        return new CliEnvironment(System.getenv(), Locale.getDefault(), System.console() != null);
    }
}
