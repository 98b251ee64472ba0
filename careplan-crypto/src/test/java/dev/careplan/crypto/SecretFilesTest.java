package dev.careplan.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row 6 of the attack review: key and password files must never be readable by another local user, not even for a
 * moment. A watcher stats every file of the folder as fast as it can while keys are written: every mode it sees
 * must be owner-only (the old code created the files with the default mode and restricted them afterwards).
 */
class SecretFilesTest {

    @TempDir
    Path dir;

    /** Runs {@code writes} while watching {@code folder}; returns every secret file name seen with a wider mode. */
    static Set<String> widerModesSeenWhile(Path folder, Runnable writes) throws Exception {
        Set<String> wider = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                try (Stream<Path> s = Files.list(folder)) {
                    for (Path p : s.toList()) {
                        String n = p.getFileName().toString();
                        if (n.endsWith(".pem")) {
                            continue; // certificates are public
                        }
                        try {
                            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
                            if (!Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)
                                    .containsAll(mode)) {
                                wider.add(n + " " + PosixFilePermissions.toString(mode));
                            }
                        } catch (NoSuchFileException gone) {
                            // A temporary file renamed meanwhile.
                        }
                    }
                } catch (Exception e) {
                    // The folder changed while listed: list again.
                }
            }
        });
        watcher.start();
        try {
            writes.run();
        } finally {
            done.set(true);
            watcher.join();
        }
        return wider;
    }

    @Test
    void keyAndKeyStoreFilesAreOwnerOnlyFromTheirCreation() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        TestPki pki = TestPki.create(SealOpenTest.CLOCK);
        OfficeCredentials office = pki.issueOffice(Party.of("1310000001", "43"), KeyType.EC_P256);
        Path folder = Files.createDirectories(dir.resolve("pki"));
        Set<String> wider = widerModesSeenWhile(folder, () -> {
            for (int i = 0; i < 40; i++) {
                pki.write(office, folder, "office" + i, "pw".toCharArray());
            }
        });
        assertThat(wider).as("secret files seen readable by others").isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("office0.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("office0.p12"))))
                .isEqualTo("rw-------");
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".part"))).as("no temporary file left")
                    .isEmpty();
        }
    }

    @Test
    void aSecretFileReplacesTheOldOneOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path pw = Files.writeString(dir.resolve("password.txt"), "old\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-r--r--"));
        SecretFiles.write(pw, "new\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(pw).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pw))).isEqualTo("rw-------");
    }
}
