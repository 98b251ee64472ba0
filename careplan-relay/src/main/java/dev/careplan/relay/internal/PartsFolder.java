package dev.careplan.relay.internal;

import dev.careplan.transport.internal.Folders;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The folder where a running relay keeps uploaded parts until their unit is committed: a new one in the temporary
 * folder per start, deleted when the relay closes. A relay killed outright (SIGKILL, a power cut) cannot delete it,
 * so each holds a lock file, locked while its relay runs (the operating system releases the lock when the process
 * dies), and every start deletes the folders of this kind whose lock it can take: relays no longer running. Folders
 * of relays still running, in this JVM or another, keep their lock and are left alone.
 */
public final class PartsFolder implements AutoCloseable {

    /** The prefix of every parts folder's name. */
    public static final String PREFIX = "careplan-relay-parts";
    /** The lock file in each parts folder. */
    public static final String LOCK = ".lock";

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private PartsFolder(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** Deletes the parts folders of relays no longer running in {@code temp}, then creates and locks a new one. */
    public static PartsFolder create(Path temp) throws IOException {
        List<Path> abandoned = abandoned(temp);
        for (Path p : abandoned) {
            Folders.deleteTree(p, true);
        }
        if (!abandoned.isEmpty()) {
            LoggerFactory.getLogger(PartsFolder.class).info("deleted the uploaded parts of {} relays no longer running",
                    abandoned.size());
        }
        Path path = Files.createTempDirectory(temp, PREFIX);
        FileChannel channel = FileChannel.open(path.resolve(LOCK), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            return new PartsFolder(path, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            Folders.deleteTree(path, true);
            throw e;
        }
    }

    /** The parts folders in {@code temp} whose lock could be taken: their relay is gone. */
    static List<Path> abandoned(Path temp) throws IOException {
        List<Path> gone = new ArrayList<>();
        try (Stream<Path> entries = Files.list(temp)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                Path lockFile = p.resolve(LOCK);
                if (!Files.isRegularFile(lockFile)) {
                    continue;   // not a parts folder of this kind, or one being created: not ours to judge
                }
                try (FileChannel c = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                     FileLock taken = c.tryLock()) {
                    if (taken != null) {
                        gone.add(p);
                    }
                } catch (OverlappingFileLockException e) {
                    // A relay of this JVM holds it: running.
                } catch (IOException e) {
                    // Unreadable or vanished in between: leave it.
                }
            }
        }
        return gone;
    }

    /** The folder. */
    public Path path() {
        return path;
    }

    /** Releases the lock and deletes the folder with the parts still in it. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            Folders.deleteTree(path, true);
        }
    }
}
