package dev.careplan.transport.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder chores of the durable stores: forcing a folder's entries to disk, removing a tree. */
public final class Folders {
    private Folders() {
    }

    /** Forces a folder (its new or renamed entries) to disk where the platform can; a no-op elsewhere. */
    public static void force(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot sync a folder; the renames are atomic all the same.
        }
    }

    /** Deletes a folder and everything in it ({@code includingRoot}) or only its content; nothing when absent. */
    public static void deleteTree(Path root, boolean includingRoot) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (includingRoot || !p.equals(root)) {
                    Files.delete(p);
                }
            }
        }
    }
}
