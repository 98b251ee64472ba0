package dev.careplan.relay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of a relay killed outright are deleted by the next start; those of running relays are kept. */
class PartsFolderTest {

    @TempDir
    Path temp;

    @Test
    void theFolderOfAKilledRelayIsDeletedByTheNextStart() throws Exception {
        Path killed = Files.createDirectory(temp.resolve(PartsFolder.PREFIX + "111"));
        Files.writeString(killed.resolve("unit-1"), "part");
        // A relay in another JVM holds its lock until the process is killed outright.
        Process holder = holdLock(killed.resolve(PartsFolder.LOCK));
        try {
            try (PartsFolder started = PartsFolder.create(temp)) {
                assertThat(killed.resolve("unit-1")).as("running in another process").exists();
            }
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try (PartsFolder started = PartsFolder.create(temp)) {
            assertThat(killed).doesNotExist();
            assertThat(started.path()).exists().isDirectoryContaining(p -> p.getFileName().toString()
                    .equals(PartsFolder.LOCK));
        }
    }

    @Test
    void theFolderOfARelayRunningInThisJvmIsKept() throws IOException {
        try (PartsFolder first = PartsFolder.create(temp)) {
            Files.writeString(first.path().resolve("unit-1"), "part");
            try (PartsFolder second = PartsFolder.create(temp)) {
                assertThat(first.path().resolve("unit-1")).exists();
                assertThat(second.path()).isNotEqualTo(first.path());
            }
            assertThat(first.path().resolve("unit-1")).exists();
        }
    }

    @Test
    void foldersWithoutALockAndOtherFilesAreLeftAlone() throws IOException {
        Path noLock = Files.createDirectory(temp.resolve(PartsFolder.PREFIX + "222"));
        Path other = Files.createDirectory(temp.resolve("something-else"));
        Files.writeString(other.resolve(PartsFolder.LOCK), "");
        try (PartsFolder started = PartsFolder.create(temp)) {
            assertThat(noLock).exists();
            assertThat(other).exists();
        }
    }

    @Test
    void closingDeletesTheFolderWithItsParts() throws IOException {
        PartsFolder folder = PartsFolder.create(temp);
        Files.writeString(folder.path().resolve("unit-1"), "part");
        folder.close();
        assertThat(folder.path()).doesNotExist();
    }

    /** A child JVM that locks {@code file} as a relay does, says so, and waits to be killed. */
    private Process holdLock(Path file) throws Exception {
        Path source = temp.resolve("HoldLock.java");
        Files.writeString(source, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class HoldLock {
                    public static void main(String[] a) throws Exception {
                        FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                        c.lock();
                        System.out.println("locked");
                        System.out.flush();
                        Thread.sleep(600_000);
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, source.toString(), file.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("locked");
        return p;
    }
}
