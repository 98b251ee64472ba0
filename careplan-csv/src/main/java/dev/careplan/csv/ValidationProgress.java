package dev.careplan.csv;

import java.nio.file.Path;
import java.util.List;

/**
 * Told how the validation of a delivery (検証の進捗) advances, so that a caller can show progress on long runs: which
 * files it holds, how far each has been read and when each is checked. Called on the validating thread.
 */
public interface ValidationProgress {

    /** A listener that does nothing. */
    ValidationProgress NONE = new ValidationProgress() {
    };

    /** Before any file is read: every file of the delivery, in the order they will be read. */
    default void starting(List<Path> files) {
    }

    /** While {@code file} is read: {@code bytes} of it read so far (told about once per MiB). */
    default void reading(Path file, long bytes) {
    }

    /** After {@code file} was read and checked, {@code bytes} long. */
    default void checked(Path file, long bytes) {
    }
}
