package dev.careplan.cli;

import java.util.Objects;
import java.util.Optional;

/**
 * An error that stopped a command or part of it, as reports in JSON carry it.
 *
 * @param type    what kind of error: bad usage, a path not read or written, nothing to validate, or an
 *                unexpected failure
 * @param path    the path concerned, when there is one
 * @param message what happened, in the language in force
 */
record CliError(Type type, Optional<String> path, String message) {

    /** The kinds of error, each with its exit code. */
    enum Type {
        USAGE(CareplanCli.USAGE), IO(CareplanCli.IO), NO_FILES(CareplanCli.USAGE), FAILED(CareplanCli.FAILED);

        private final int exitCode;

        Type(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The exit code this error leads to. */
        int exitCode() {
            return exitCode;
        }
    }

    /** Checks that nothing is null. */
    CliError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
