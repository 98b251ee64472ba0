package dev.careplan.examples;

/** Index of the runnable examples of this module. */
public final class Examples {
    private Examples() {
    }
}
