package dev.careplan.crypto;

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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cms.CMSAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The opener's refusals found by a security review: each test builds the hostile or odd envelope it needs. */
class OpenerSecurityTest {

    static final byte[] CONTENT = "202407,131045,1000012345,20250520\r\n".getBytes(StandardCharsets.US_ASCII);

    static TestPki pki;
    static OfficeCredentials cmRsa;
    static OfficeCredentials cmEc;
    static OfficeCredentials homeHelpRsa;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        pki = TestPki.create(CLOCK);
        cmRsa = pki.issueOffice(CM, KeyType.RSA_2048);
        cmEc = pki.issueOffice(CM, KeyType.EC_P256);
        homeHelpRsa = pki.issueOffice(HOME_HELP, KeyType.RSA_2048);
    }

    Opener opener(OfficeCredentials me) {
        return Opener.of(me, List.of(pki.caCertificate())).withClock(CLOCK);
    }

    Path inbox() throws Exception {
        return Files.createDirectories(dir.resolve("inbox"));
    }

    OpenedFile open(byte[] envelope) throws Exception {
        return opener(homeHelpRsa).open(new ByteArrayInputStream(envelope), NAME, inbox());
    }

    byte[] signed(OfficeCredentials signer, String algorithm) {
        return Envelopes.signed(CONTENT, signer, algorithm, NAME, NOW);
    }

    // Algorithm policy

    @ParameterizedTest
    @ValueSource(strings = {"MD5withRSA", "SHA1withRSA", "SHA224withRSA"})
    void weakSignatureDigestsAreRefused(String algorithm) throws Exception {
        byte[] env = Envelopes.authEnveloped(signed(cmRsa, algorithm), homeHelpRsa.certificate());
        assertFailure(() -> open(env), Failure.WEAK_ALGORITHM, "SHA-256");
    }

    @Test
    void sha1EcdsaIsRefused() throws Exception {
        byte[] env = Envelopes.authEnveloped(signed(cmEc, "SHA1withECDSA"), homeHelpRsa.certificate());
        assertFailure(() -> open(env), Failure.WEAK_ALGORITHM, "SHA-256");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHA256withRSA", "SHA512withRSA", "SHA256withRSAandMGF1", "SHA384withRSAandMGF1"})
    void strongRsaSignaturesOpen(String algorithm) throws Exception {
        byte[] env = Envelopes.authEnveloped(signed(cmRsa, algorithm), homeHelpRsa.certificate());
        assertThat(Files.readAllBytes(open(env).file())).isEqualTo(CONTENT);
    }

    @Test
    void ecdsaWithSha384Opens() throws Exception {
        byte[] env = Envelopes.authEnveloped(signed(cmEc, "SHA384withECDSA"), homeHelpRsa.certificate());
        assertThat(open(env).sender()).isEqualTo(CM);
    }

    @Test
    void pkcs1v15KeyTransportIsRefused() throws Exception {
        byte[] env = Envelopes.authEnveloped(signed(cmRsa, "SHA256withRSA"), CMSAlgorithm.AES256_GCM,
                Envelopes.keyTrans(homeHelpRsa.certificate(), null));
        assertFailure(() -> open(env), Failure.WEAK_ALGORITHM, "PKCS#1 v1.5");
    }

    @Test
    void oaepWithSha1IsRefused() throws Exception {
        byte[] env = Envelopes.authEnveloped(signed(cmRsa, "SHA256withRSA"), CMSAlgorithm.AES256_GCM,
                Envelopes.keyTrans(homeHelpRsa.certificate(), Envelopes.oaep("SHA-1")));
        assertFailure(() -> open(env), Failure.WEAK_ALGORITHM, "RSAES-OAEP with SHA-256");
    }

    @Test
    void oaepWithSha512Opens() throws Exception {
        byte[] env = Envelopes.authEnveloped(signed(cmRsa, "SHA256withRSA"), CMSAlgorithm.AES256_GCM,
                Envelopes.keyTrans(homeHelpRsa.certificate(), Envelopes.oaep("SHA-512")));
        assertThat(open(env).sender()).isEqualTo(CM);
    }

    @Test
    void aes128GcmIsRefused() throws Exception {
        byte[] env = Envelopes.authEnveloped(signed(cmRsa, "SHA256withRSA"), CMSAlgorithm.AES128_GCM,
                Envelopes.keyTrans(homeHelpRsa.certificate(), Envelopes.oaep("SHA-256")));
        assertFailure(() -> open(env), Failure.WEAK_ALGORITHM, "AES-256-GCM");
    }

    // Office binding

    @Test
    void multiValuedRdnDoesNotMakeTheSignerAnotherOffice() throws Exception {
        Certs.Issued ca = Certs.ca("CN=second test CA");
        OfficeCredentials signer = Certs.office(ca, "CN=1310000001+SERIALNUMBER=1310000009", Certs.ec())
                .credentials();
        byte[] env = Envelopes.authEnveloped(signed(signer, "SHA256withECDSA"), homeHelpRsa.certificate());
        Opener o = Opener.of(homeHelpRsa, List.of(pki.caCertificate(), ca.cert())).withClock(CLOCK);
        assertFailure(() -> o.open(new ByteArrayInputStream(env), NAME, inbox()), Failure.OFFICE_MISMATCH,
                "signer office 1310000009");
    }

    // Several recipient infos with the same certificate id

    @Test
    void everyRecipientInfoWithMyIdIsTried() throws Exception {
        // Two CAs of the same name can issue certificates with the same issuer and serial number.
        String subject = "O=careplan-sdk test office,OU=11,SERIALNUMBER=1310000002,CN=1310000002-11";
        BigInteger serial = Certs.next();
        OfficeCredentials first = Certs.leaf(Certs.ca("CN=same name CA"), subject, Certs.rsa(), serial,
                KeyPurposeId.id_kp_emailProtection).credentials();
        OfficeCredentials second = Certs.leaf(Certs.ca("CN=same name CA"), subject, Certs.rsa(), serial,
                KeyPurposeId.id_kp_emailProtection).credentials();
        Path env = Sealer.of(cmRsa, List.of(first.certificate(), second.certificate())).withClock(CLOCK)
                .seal(plainFile(), dir);
        for (OfficeCredentials me : List.of(first, second)) {
            Path out = Files.createDirectories(dir.resolve("in-" + me.certificate().hashCode()));
            assertThat(Files.readAllBytes(opener(me).open(env, out).file())).isEqualTo(CONTENT);
        }
    }

    // Certificate path built from the included certificates in any order

    @Test
    void unrelatedExtraCertificateDoesNotBreakThePath() throws Exception {
        OfficeCredentials withExtra = new OfficeCredentials(cmEc.privateKey(), cmEc.certificate(),
                List.of(Certs.ca("CN=unrelated CA").cert()));
        Path env = Sealer.of(withExtra, List.of(homeHelpRsa.certificate())).withClock(CLOCK).seal(plainFile(), dir);
        assertThat(opener(homeHelpRsa).open(env, inbox()).sender()).isEqualTo(CM);
    }

    @Test
    void twoIntermediatesInAnyOrderChain() throws Exception {
        Certs.Issued root = Certs.ca("CN=root CA");
        Certs.Issued upper = Certs.intermediate(root, "CN=upper CA");
        Certs.Issued lower = Certs.intermediate(upper, "CN=lower CA");
        OfficeCredentials signer = Certs.office(lower, "O=o,SERIALNUMBER=1310000001,CN=cm", Certs.ec())
                .credentials(upper.cert(), Certs.ca("CN=unrelated CA").cert(), lower.cert());
        Path env = Sealer.of(signer, List.of(homeHelpRsa.certificate())).withClock(CLOCK).seal(plainFile(), dir);
        Opener o = Opener.of(homeHelpRsa, List.of(root.cert())).withClock(CLOCK);
        assertThat(o.open(env, inbox()).signer()).isEqualTo(signer.certificate());
    }

    @Test
    void signerExpiredAtOpeningIsStillExpired() throws Exception {
        Path env = Sealer.of(cmEc, List.of(homeHelpRsa.certificate())).withClock(CLOCK).seal(plainFile(), dir);
        Opener later = opener(homeHelpRsa).withClock(Clock.offset(CLOCK, Duration.ofDays(400)));
        assertFailure(() -> later.open(env, inbox()), Failure.EXPIRED_SIGNER, "EXPIRED");
    }

    @Test
    void intermediateNotIncludedIsUntrusted() throws Exception {
        Certs.Issued root = Certs.ca("CN=root CA");
        Certs.Issued mid = Certs.intermediate(root, "CN=mid CA");
        OfficeCredentials signer = Certs.office(mid, "O=o,SERIALNUMBER=1310000001,CN=cm", Certs.ec()).credentials();
        Path env = Sealer.of(signer, List.of(homeHelpRsa.certificate())).withClock(CLOCK).seal(plainFile(), dir);
        Opener o = Opener.of(homeHelpRsa, List.of(root.cert())).withClock(CLOCK);
        assertFailure(() -> o.open(env, inbox()), Failure.UNTRUSTED_SIGNER, "certificate path");
    }

    // Extended key usage

    OpenedFile openSignedBy(KeyPurposeId... eku) throws Exception {
        Certs.Issued ca = Certs.ca("CN=eku test CA");
        OfficeCredentials signer = Certs.leaf(ca, "O=o,SERIALNUMBER=1310000001,CN=cm", Certs.ec(), Certs.next(), eku)
                .credentials();
        Path env = Sealer.of(signer, List.of(homeHelpRsa.certificate())).withClock(CLOCK).seal(plainFile(), dir);
        return Opener.of(homeHelpRsa, List.of(ca.cert())).withClock(CLOCK).open(env, inbox());
    }

    @Test
    void tlsServerCertificateCannotSign() throws Exception {
        assertFailure(() -> openSignedBy(KeyPurposeId.id_kp_serverAuth), Failure.UNTRUSTED_SIGNER,
                "extended key usage serverAuth");
        assertFailure(() -> openSignedBy(KeyPurposeId.id_kp_codeSigning, KeyPurposeId.id_kp_timeStamping),
                Failure.UNTRUSTED_SIGNER, "extended key usage");
    }

    @Test
    void signingPurposesAreAccepted() throws Exception {
        assertThat(openSignedBy(KeyPurposeId.id_kp_emailProtection).sender()).isEqualTo(CM);
        Files.delete(dir.resolve("inbox").resolve(NAME));
        assertThat(openSignedBy(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth).sender()).isEqualTo(CM);
        Files.delete(dir.resolve("inbox").resolve(NAME));
        assertThat(openSignedBy(KeyPurposeId.anyExtendedKeyUsage).sender()).isEqualTo(CM);
        Files.delete(dir.resolve("inbox").resolve(NAME));
        assertThat(openSignedBy().sender()).as("no extended key usage extension").isEqualTo(CM);
    }

    // Names that leave the out folder

    @ParameterizedTest
    @ValueSource(strings = {"UPPLAN_202506_1310000001_43_1310000002_11_x/../../../escaped.CSV",
        "UPPLAN_202506_1310000001_43_1310000002_11_x\\..\\escaped.CSV", "..",
        "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000..CSV",
        "UPPLAN_202506_1310000001_43_1310000002_11_x\u0000.CSV", "", "."})
    void unsafeDeliveredAndSignedNamesAreRefused(String evil) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("a").resolve("b").resolve("inbox"));
        byte[] env = Envelopes.authEnveloped(Envelopes.signed(CONTENT, cmRsa, "SHA256withRSA", evil, NOW),
                homeHelpRsa.certificate());
        assertThatThrownBy(() -> opener(homeHelpRsa).open(new ByteArrayInputStream(env), evil, inbox))
                .isInstanceOfSatisfying(EnvelopeException.class, e -> assertThat(e.failure())
                        .isEqualTo(Failure.UNSAFE_NAME)).hasMessageContaining("not a plain file name");
        assertThatThrownBy(() -> opener(homeHelpRsa).open(new ByteArrayInputStream(env), NAME, inbox))
                .isInstanceOfSatisfying(EnvelopeException.class, e -> assertThat(e.failure())
                        .isEqualTo(Failure.UNSAFE_NAME)).hasMessageContaining("signed name");
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(p -> !Files.isDirectory(p) || p.startsWith(inbox) && !p.equals(inbox)).toList())
                    .as("no file anywhere, no folder in the inbox").isEmpty();
        }
    }

    // Precise failure types

    @Test
    void signedNameThatIsNoStringIsMalformed() throws Exception {
        byte[] env = Envelopes.authEnveloped(Envelopes.signed(CONTENT, cmRsa, "SHA256withRSA", new ASN1Integer(7),
                NOW), homeHelpRsa.certificate());
        assertFailure(() -> open(env), Failure.MALFORMED, "signed file name");
    }

    @Test
    void staleOrMissingCrlLeavesTheRevocationStatusUnknown() throws Exception {
        Path env = Sealer.of(cmEc, List.of(homeHelpRsa.certificate())).withClock(CLOCK).seal(plainFile(), dir);
        Opener stale = opener(homeHelpRsa).withCrls(List.of(pki.crl(List.of())))
                .withClock(Clock.offset(CLOCK, Duration.ofDays(8)));
        assertFailure(() -> stale.open(env, inbox()), Failure.REVOCATION_UNKNOWN, "CRL");
        Opener otherIssuer = opener(homeHelpRsa).withCrls(List.of(TestPki.create(CLOCK).crl(List.of())));
        assertFailure(() -> otherIssuer.open(env, inbox()), Failure.REVOCATION_UNKNOWN, "CRL");
        assertThat(opener(homeHelpRsa).withCrls(List.of(pki.crl(List.of()))).open(env, inbox()).sender())
                .isEqualTo(CM);
    }

    @Test
    void envelopedDataIsNotAccepted() throws Exception {
        byte[] env = Envelopes.enveloped(signed(cmRsa, "SHA256withRSA"), homeHelpRsa.certificate());
        assertFailure(() -> open(env), Failure.WEAK_ALGORITHM, "AES-256-GCM AuthEnvelopedData is expected");
    }

    @Test
    void signedDataAloneIsMalformed() throws Exception {
        assertFailure(() -> open(signed(cmRsa, "SHA256withRSA")), Failure.MALFORMED,
                "AES-256-GCM AuthEnvelopedData is expected");
    }

    @Test
    void flippedBitInTheEncryptedKeyIsTampering() throws Exception {
        byte[] env = Envelopes.authEnveloped(signed(cmRsa, "SHA256withRSA"), homeHelpRsa.certificate());
        RecipientInfo ri = RecipientInfo.getInstance(AuthEnvelopedData.getInstance(
                ContentInfo.getInstance(env).getContent()).getRecipientInfos().getObjectAt(0));
        KeyTransRecipientInfo ktri = KeyTransRecipientInfo.getInstance(ri.getInfo());
        int at = indexOf(env, ktri.getEncryptedKey().getOctets());
        env[at + 100] ^= 0x04;
        assertFailure(() -> open(env), Failure.TAMPERED, "the key for this recipient could not be unwrapped");
    }

    // Signing time

    @Test
    void signingTimeInTheFutureIsRefused() throws Exception {
        Path env = Sealer.of(cmEc, List.of(homeHelpRsa.certificate())).withClock(Clock.offset(CLOCK,
                Duration.ofMinutes(6))).seal(plainFile(), dir);
        assertFailure(() -> opener(homeHelpRsa).open(env, inbox()), Failure.FUTURE_SIGNING_TIME,
                "the signing time lies in the future");
    }

    @Test
    void signingTimeWithinTheClockSkewIsAccepted() throws Exception {
        Path env = Sealer.of(cmEc, List.of(homeHelpRsa.certificate())).withClock(Clock.offset(CLOCK,
                Duration.ofMinutes(5))).seal(plainFile(), dir);
        assertThat(opener(homeHelpRsa).open(env, inbox()).signingTime()).contains(NOW.plus(Duration.ofMinutes(5)));
    }

    // Receiver office

    @Test
    void fileForAnotherReceiverIsRefused() throws Exception {
        OfficeCredentials day = pki.issueOffice(SealOpenTest.DAY, KeyType.EC_P256);
        Path env = Sealer.of(cmEc, List.of(day.certificate())).withClock(CLOCK).seal(plainFile(), dir);
        assertFailure(() -> opener(day).open(env, inbox()), Failure.RECEIVER_MISMATCH,
                "receiver in name 1310000002, this office 1310000003");
    }

    // An existing file of the same name

    @Test
    void openingAgainWithTheSameBytesChangesNothing() throws Exception {
        Path env = Sealer.of(cmEc, List.of(homeHelpRsa.certificate())).withClock(CLOCK).seal(plainFile(), dir);
        OpenedFile first = opener(homeHelpRsa).open(env, inbox());
        OpenedFile again = opener(homeHelpRsa).open(env, inbox());
        assertThat(again.file()).isEqualTo(first.file());
        assertThat(Files.readAllBytes(again.file())).isEqualTo(CONTENT);
        try (Stream<Path> s = Files.list(inbox())) {
            assertThat(s.toList()).containsExactly(first.file());
        }
    }

    @Test
    void aDifferentFileOfTheSameNameIsNotReplaced() throws Exception {
        Path env = Sealer.of(cmEc, List.of(homeHelpRsa.certificate())).withClock(CLOCK).seal(plainFile(), dir);
        Path existing = inbox().resolve(NAME);
        Files.writeString(existing, "imported earlier");
        byte[] envelope = Files.readAllBytes(env);
        assertThatThrownBy(() -> opener(homeHelpRsa).open(env, inbox())).isInstanceOfSatisfying(
                EnvelopeException.class, e -> assertThat(e.failure()).isEqualTo(Failure.ALREADY_EXISTS))
                .hasMessageContaining("a different file named " + NAME);
        assertThat(Files.readString(existing)).isEqualTo("imported earlier");
        assertThat(Files.readAllBytes(env)).isEqualTo(envelope);
        try (Stream<Path> s = Files.list(inbox())) {
            assertThat(s.toList()).containsExactly(existing);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    Path plainFile() throws Exception {
        Path p = Files.createDirectories(dir.resolve("plain")).resolve(NAME);
        Files.write(p, CONTENT);
        return p;
    }

    void assertFailure(ThrowingCallable call, Failure expected, String detail) throws Exception {
        assertThatThrownBy(call).isInstanceOfSatisfying(EnvelopeException.class,
                e -> assertThat(e.failure()).isEqualTo(expected)).hasMessageContaining(detail);
        try (Stream<Path> s = Files.list(inbox())) {
            assertThat(s.toList()).as("nothing is left in the inbox after a failed open").isEmpty();
        }
    }
}
