package dev.careplan.crypto;

import static dev.careplan.crypto.OpenerSecurityTest.CONTENT;
import static dev.careplan.crypto.SealOpenTest.CLOCK;
import static dev.careplan.crypto.SealOpenTest.CM;
import static dev.careplan.crypto.SealOpenTest.HOME_HELP;
import static dev.careplan.crypto.SealOpenTest.NAME;
import static dev.careplan.crypto.SealOpenTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.crypto.EnvelopeException.Failure;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening keeps from one file to the next (the signer's key, the certificates it parsed and the signatures they
 * were found to carry) gives a sender no trust: each test first opens a good file of the sender, then a bad one,
 * which is refused exactly as from a stranger.
 */
class KnownSenderTest {

    static TestPki pki;
    static OfficeCredentials cm;
    static OfficeCredentials homeHelp;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        pki = TestPki.create(CLOCK);
        cm = pki.issueOffice(CM, KeyType.EC_P256);
        homeHelp = pki.issueOffice(HOME_HELP, KeyType.RSA_2048);
    }

    Opener opener() {
        return Opener.of(homeHelp, List.of(pki.caCertificate())).withClock(CLOCK);
    }

    Path inbox() throws Exception {
        return Files.createDirectories(dir.resolve("inbox"));
    }

    OpenedFile open(Opener o, byte[] signedData) throws Exception {
        byte[] env = Envelopes.authEnveloped(signedData, homeHelp.certificate());
        return o.open(new ByteArrayInputStream(env), NAME, inbox());
    }

    @BeforeEach
    void aGoodFileOfTheSenderOpens() throws Exception {
        for (int i = 0; i < 2; i++) {
            OpenedFile f = open(opener(), Envelopes.signed(CONTENT, cm, "SHA256withECDSA", NAME, NOW));
            assertThat(Files.readAllBytes(f.file())).isEqualTo(CONTENT);
            assertThat(f.signer()).isEqualTo(cm.certificate());
            Files.delete(f.file());
        }
    }

    @Test
    void theSameKeyCertifiedByAnUntrustedCaIsUntrusted() throws Exception {
        Certs.Issued rogue = Certs.ca("CN=rogue CA");
        OfficeCredentials forged = Certs.office(rogue, "O=o,SERIALNUMBER=1310000001,CN=cm",
                new KeyPair(cm.certificate().getPublicKey(), cm.privateKey())).credentials();
        byte[] signed = Envelopes.signed(CONTENT, forged, "SHA256withECDSA", NAME, NOW);
        assertFailure(() -> open(opener(), signed), Failure.UNTRUSTED_SIGNER, "certificate path");
    }

    @Test
    void aChangedSignatureIsBad() throws Exception {
        byte[] signed = Envelopes.signed(CONTENT, cm, "SHA256withECDSA", NAME, NOW);
        byte[] signature = new CMSSignedData(signed).getSignerInfos().getSigners().iterator().next().getSignature();
        // The last byte of the DER signature is the last byte of s: the encoding stays valid, the signature does not.
        signed[OpenerSecurityTest.indexOf(signed, signature) + signature.length - 1] ^= 0x01;
        assertFailure(() -> open(opener(), signed), Failure.BAD_SIGNATURE, "signature verification failed");
    }

    @Test
    void aSigningTimeOutsideTheCertificateIsStillRefused() throws Exception {
        byte[] signed = Envelopes.signed(CONTENT, cm, "SHA256withECDSA", NAME, NOW.plus(Duration.ofDays(400)));
        assertFailure(() -> open(opener(), signed), Failure.EXPIRED_SIGNER, "not valid at the signing time");
    }

    @Test
    void aRevokedSenderIsRevoked() throws Exception {
        Opener withCrl = opener().withCrls(List.of(pki.crl(List.of(cm.certificate()))));
        byte[] signed = Envelopes.signed(CONTENT, cm, "SHA256withECDSA", NAME, NOW);
        assertFailure(() -> open(withCrl, signed), Failure.REVOKED_SIGNER, "REVOKED");
    }

    void assertFailure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Failure expected, String detail)
            throws Exception {
        assertThatThrownBy(call).isInstanceOfSatisfying(EnvelopeException.class,
                e -> assertThat(e.failure()).isEqualTo(expected)).hasMessageContaining(detail);
        try (Stream<Path> s = Files.list(inbox())) {
            assertThat(s.toList()).as("nothing is left in the inbox after a failed open").isEmpty();
        }
    }
}
