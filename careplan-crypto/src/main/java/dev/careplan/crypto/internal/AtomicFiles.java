package dev.careplan.crypto.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Temporary files beside their target, forced to disk and moved into place only when complete. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * A temporary file for {@code name} directly in {@code folder}, creating the folder itself but no folder below
     * it: {@code name} must be a plain file name.
     */
    public static Path tempIn(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return Files.createTempFile(folder, "." + name, ".part");
    }

    public static Path temp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return Files.createTempFile(dir, "." + target.getFileName(), ".part");
    }

    public static void commit(Path temp, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
