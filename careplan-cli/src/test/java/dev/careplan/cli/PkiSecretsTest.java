package dev.careplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pki init} writes the password file and every key store owner-only, and leaves no temporary file. */
class PkiSecretsTest {

    @TempDir
    Path dir;

    @Test
    void secretsAreOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path out = dir.resolve("pki");
        assertThat(CliRun.of("pki", "init", "--out", out.toString(), "--office", "1310000001:43", "--relay-host",
                "localhost").code()).isZero();
        for (String secret : new String[] {"password.txt", "relay.p12", "1310000001-43.p12", "1310000001-43.key"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(secret))))
                    .as(secret).isEqualTo("rw-------");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("."))).isEmpty();
        }
    }
}
