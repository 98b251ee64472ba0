package dev.careplan.crypto.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
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
        force(temp);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Moves {@code temp} to {@code target} unless a file of that name exists; then returns false and leaves both as
     * they are.
     */
    public static boolean commitNew(Path temp, Path target) throws IOException {
        force(temp);
        try {
            // A hard link is refused atomically when the target exists; a rename would replace it.
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links here: a plain move also refuses an existing target, only not atomically.
            try {
                Files.move(temp, target);
                return true;
            } catch (FileAlreadyExistsException x) {
                return false;
            }
        }
        Files.delete(temp);
        return true;
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
