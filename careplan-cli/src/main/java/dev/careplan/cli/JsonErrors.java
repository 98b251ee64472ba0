package dev.careplan.cli;

/** A command whose {@code --format json} output also carries its errors, usage errors included, as JSON. */
interface JsonErrors {

    /** Whether this run was asked for JSON (known once its options are parsed). */
    boolean json();

    /** The whole JSON document for a run that ended in {@code error} before any work. */
    String jsonError(CliError error, Messages messages);
}
