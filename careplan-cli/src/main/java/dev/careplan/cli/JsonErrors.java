package dev.careplan.cli;

/** A command whose {@code --format json} output also carries its errors, usage errors included, as JSON. */
interface JsonErrors {

    /** The whole JSON document for a run that ended in {@code error} before any work. */
    String jsonError(CliError error, Messages messages);
}
