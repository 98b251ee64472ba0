package dev.careplan.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careplan.crypto.EnvelopeException.Failure;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Interoperability with OpenSSL 3 both ways; runs when the {@code openssl} command is on the PATH (CI installs it). */
class OpenSslInteropTest {

    static final String NAME = SealOpenTest.NAME;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsOpenSsl() throws Exception {
        boolean present;
        try {
            Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            present = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            present = false;
        }
        assumeTrue(present, "openssl is not on the PATH");
    }

    private static String run(Path cwd, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
        return out;
    }

    private Path setUp(TestPki pki, OfficeCredentials sender, OfficeCredentials receiver) throws Exception {
        pki.writeCa(dir);
        pki.write(sender, dir, "sender", "pw".toCharArray());
        pki.write(receiver, dir, "receiver", "pw".toCharArray());
        Path plain = dir.resolve(NAME);
        Files.write(plain, "202407,131045,1000012345,\"髙﨑\"\r\n".getBytes(java.nio.charset.Charset.forName("windows-31j")));
        return plain;
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"RSA_2048", "EC_P256"})
    void openSslOpensWhatWeSeal(KeyType type) throws Exception {
        TestPki pki = TestPki.create(Clock.systemUTC());
        OfficeCredentials sender = pki.issueOffice(SealOpenTest.CM, type);
        OfficeCredentials receiver = pki.issueOffice(SealOpenTest.HOME_HELP, type);
        Path plain = setUp(pki, sender, receiver);
        Path env = Sealer.of(sender, List.of(receiver.certificate())).seal(plain, Files.createDirectories(
                dir.resolve("sealed")));
        run(dir, "openssl", "cms", "-decrypt", "-inform", "DER", "-in", env.toString(), "-recip", "receiver.pem",
                "-inkey", "receiver.key", "-out", "signed.der");
        run(dir, "openssl", "cms", "-verify", "-inform", "DER", "-in", "signed.der", "-CAfile", "ca.pem",
                "-binary", "-out", "opened.csv");
        assertThat(Files.readAllBytes(dir.resolve("opened.csv"))).isEqualTo(Files.readAllBytes(plain));
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"RSA_2048", "EC_P256"})
    void weOpenWhatOpenSslSeals(KeyType type) throws Exception {
        TestPki pki = TestPki.create(Clock.systemUTC());
        OfficeCredentials sender = pki.issueOffice(SealOpenTest.CM, type);
        OfficeCredentials receiver = pki.issueOffice(SealOpenTest.HOME_HELP, type);
        Path plain = setUp(pki, sender, receiver);
        run(dir, "openssl", "cms", "-sign", "-in", NAME, "-signer", "sender.pem", "-inkey", "sender.key",
                "-outform", "DER", "-nodetach", "-binary", "-out", "signed.der");
        List<String> enc = new ArrayList<>(List.of("openssl", "cms", "-encrypt", "-aes-256-gcm", "-binary",
                "-in", "signed.der", "-outform", "DER", "-out", NAME + ".p7m", "-recip", "receiver.pem"));
        if (type != KeyType.EC_P256) {
            enc.addAll(List.of("-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256"));
        } else {
            // OpenSSL's default ECDH KDF hashes with SHA-1, which the opener refuses.
            enc.addAll(List.of("-keyopt", "ecdh_kdf_md:sha256"));
        }
        run(dir, enc.toArray(String[]::new));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        OpenedFile o = Opener.of(receiver, List.of(pki.caCertificate())).open(dir.resolve(NAME + ".p7m"), inbox);
        assertThat(o.nameSigned()).isFalse();
        assertThat(o.fileName()).isEqualTo(NAME);
        assertThat(o.sender()).isEqualTo(SealOpenTest.CM);
        assertThat(Files.readAllBytes(o.file())).isEqualTo(Files.readAllBytes(plain));
    }

    private EnvelopeException openSslSealedFailure(String cipher, String... keyopts) throws Exception {
        return openSslSealedFailure(KeyType.RSA_2048, cipher, keyopts);
    }

    private EnvelopeException openSslSealedFailure(KeyType type, String cipher, String... keyopts) throws Exception {
        TestPki pki = TestPki.create(Clock.systemUTC());
        OfficeCredentials receiver = pki.issueOffice(SealOpenTest.HOME_HELP, type);
        setUp(pki, pki.issueOffice(SealOpenTest.CM, type), receiver);
        run(dir, "openssl", "cms", "-sign", "-in", NAME, "-signer", "sender.pem", "-inkey", "sender.key",
                "-outform", "DER", "-nodetach", "-binary", "-out", "signed.der");
        List<String> enc = new ArrayList<>(List.of("openssl", "cms", "-encrypt", cipher, "-binary", "-in",
                "signed.der", "-outform", "DER", "-out", NAME + ".p7m", "-recip", "receiver.pem"));
        enc.addAll(List.of(keyopts));
        run(dir, enc.toArray(String[]::new));
        Opener opener = Opener.of(receiver, List.of(pki.caCertificate()));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try {
            opener.open(dir.resolve(NAME + ".p7m"), inbox);
        } catch (EnvelopeException e) {
            assertThat(inbox).isEmptyDirectory();
            return e;
        }
        throw new AssertionError("opened");
    }

    @Test
    void pkcs1v15KeyTransportOfOpenSslIsRefused() throws Exception {
        EnvelopeException e = openSslSealedFailure("-aes-256-gcm");
        assertThat(e.failure()).isEqualTo(Failure.WEAK_ALGORITHM);
        assertThat(e).hasMessageContaining("PKCS#1 v1.5");
    }

    /** Row 8 of the attack review: {@code -keyopt ecdh_kdf_md:sha1} (OpenSSL's default) or sha224. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sha1", "sha224"})
    void ecdhWithAWeakKdfOfOpenSslIsRefused(String kdf) throws Exception {
        EnvelopeException e = openSslSealedFailure(KeyType.EC_P256, "-aes-256-gcm", "-keyopt", "ecdh_kdf_md:" + kdf);
        assertThat(e.failure()).isEqualTo(Failure.WEAK_ALGORITHM);
        assertThat(e).hasMessageContaining("KDF");
    }

    @Test
    void envelopedDataOfOpenSslIsRefused() throws Exception {
        EnvelopeException e = openSslSealedFailure("-aes-256-cbc", "-keyopt", "rsa_padding_mode:oaep", "-keyopt",
                "rsa_oaep_md:sha256");
        assertThat(e.failure()).isEqualTo(Failure.WEAK_ALGORITHM);
        assertThat(e).hasMessageContaining("AES-256-GCM AuthEnvelopedData is expected");
    }
}
