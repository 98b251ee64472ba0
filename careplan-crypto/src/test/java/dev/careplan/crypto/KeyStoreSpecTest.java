package dev.careplan.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyStoreSpecTest {

    @TempDir
    Path dir;

    private final TestPki pki = TestPki.create(SealOpenTest.CLOCK);
    private final OfficeCredentials office = pki.issueOffice(SealOpenTest.CM, KeyType.EC_P256);

    @Test
    void loadsTheWrittenStore() {
        pki.write(office, dir, "cm", "secret-pw".toCharArray());
        OfficeCredentials loaded = KeyStoreSpec.of(dir.resolve("cm.p12"), "secret-pw".toCharArray(), "office").load();
        assertThat(loaded.certificate()).isEqualTo(office.certificate());
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(office.privateKey().getEncoded());
        assertThat(loaded.toString()).doesNotContain("secret").contains("1310000001");
    }

    @Test
    void preciseErrorsWithoutSecrets() throws Exception {
        pki.write(office, dir, "cm", "secret-pw".toCharArray());
        assertThatThrownBy(() -> KeyStoreSpec.of(dir.resolve("none.p12"), "x".toCharArray(), "office").load())
                .isInstanceOf(CredentialsException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> KeyStoreSpec.of(dir.resolve("cm.p12"), "wrong-pw".toCharArray(), "office").load())
                .isInstanceOf(CredentialsException.class).hasMessageContaining("password")
                .hasMessageNotContaining("wrong-pw").hasMessageNotContaining("secret-pw");
        assertThatThrownBy(() -> KeyStoreSpec.of(dir.resolve("cm.p12"), "secret-pw".toCharArray(), "cm").load())
                .isInstanceOf(CredentialsException.class).hasMessageContaining("no alias 'cm'")
                .hasMessageContaining("[office]");
        Path junk = dir.resolve("junk.p12");
        Files.writeString(junk, "not a key store");
        assertThatThrownBy(() -> KeyStoreSpec.of(junk, "secret-pw".toCharArray(), "office").load())
                .isInstanceOf(CredentialsException.class).hasMessageContaining("junk.p12");
    }

    @Test
    void aFileThatCannotBeReadIsAnIoFailureAndWrongCredentialsAreNot() throws Exception {
        pki.write(office, dir, "cm", "secret-pw".toCharArray());
        assertReason(KeyStoreSpec.of(dir.resolve("none.p12"), "secret-pw".toCharArray(), "office"),
                CredentialsException.Reason.UNREADABLE);
        assertReason(KeyStoreSpec.of(Files.createDirectories(dir.resolve("folder.p12")), "secret-pw".toCharArray(),
                "office"), CredentialsException.Reason.UNREADABLE);
        assertReason(KeyStoreSpec.of(dir.resolve("cm.p12"), "wrong-pw".toCharArray(), "office"),
                CredentialsException.Reason.INVALID);
        assertReason(KeyStoreSpec.of(dir.resolve("cm.p12"), "secret-pw".toCharArray(), "cm"),
                CredentialsException.Reason.INVALID);
        Path junk = Files.writeString(dir.resolve("junk.p12"), "not a key store");
        assertReason(KeyStoreSpec.of(junk, "secret-pw".toCharArray(), "office"), CredentialsException.Reason.INVALID);
    }

    @Test
    void accessDeniedIsAnIoFailure() throws Exception {
        pki.write(office, dir, "cm", "secret-pw".toCharArray());
        Path p12 = dir.resolve("cm.p12");
        Files.setPosixFilePermissions(p12, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(p12), "this user reads any file (root)");
        assertThatThrownBy(() -> KeyStoreSpec.of(p12, "secret-pw".toCharArray(), "office").load())
                .isInstanceOfSatisfying(CredentialsException.class,
                        e -> assertThat(e.reason()).isEqualTo(CredentialsException.Reason.UNREADABLE))
                .hasMessageContaining("access denied");
    }

    private static void assertReason(KeyStoreSpec spec, CredentialsException.Reason reason) {
        assertThatThrownBy(spec::load).isInstanceOfSatisfying(CredentialsException.class,
                e -> assertThat(e.reason()).isEqualTo(reason)).hasMessageNotContaining("secret-pw");
    }

    @Test
    void warnsWithinNinetyDaysOfExpiry() {
        Clock soon = Clock.fixed(office.certificate().getNotAfter().toInstant().minus(Duration.ofDays(30)),
                ZoneOffset.UTC);
        assertThat(KeyStoreSpec.expiryWarning(office.certificate(), soon)).hasValueSatisfying(
                w -> assertThat(w).contains("expires in 30 days"));
        assertThat(KeyStoreSpec.expiryWarning(office.certificate(), SealOpenTest.CLOCK)).isEmpty();
        Clock after = Clock.fixed(office.certificate().getNotAfter().toInstant().plusSeconds(60), ZoneOffset.UTC);
        assertThat(KeyStoreSpec.expiryWarning(office.certificate(), after)).hasValueSatisfying(
                w -> assertThat(w).contains("expired"));
    }
}
