package dev.careplan.crypto;

import static dev.careplan.crypto.SealOpenTest.CLOCK;
import static dev.careplan.crypto.SealOpenTest.CM;
import static dev.careplan.crypto.SealOpenTest.HOME_HELP;
import static dev.careplan.crypto.SealOpenTest.NAME;
import static dev.careplan.crypto.SealOpenTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.crypto.EnvelopeException.Failure;
import dev.careplan.crypto.internal.Bc;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Envelopes of an attack review (hostile-input suite, rows 2, 8 and 9 of its table): whatever a sender puts in an
 * envelope, opening ends in a result or a typed {@link EnvelopeException}, never in an I/O error or another
 * exception that would stop a receiver; weak key agreement and names outside the standard's grammar are refused.
 */
class HostileEnvelopeTest {

    static final byte[] CONTENT = "202407,131045,1000012345,20250520\r\n".getBytes(StandardCharsets.US_ASCII);

    static TestPki pki;
    static OfficeCredentials cm;
    static OfficeCredentials homeHelpRsa;
    static OfficeCredentials homeHelpEc;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        pki = TestPki.create(CLOCK);
        cm = pki.issueOffice(CM, KeyType.RSA_2048);
        homeHelpRsa = pki.issueOffice(HOME_HELP, KeyType.RSA_2048);
        homeHelpEc = pki.issueOffice(HOME_HELP, KeyType.EC_P256);
    }

    Opener opener(OfficeCredentials me) {
        return Opener.of(me, List.of(pki.caCertificate())).withClock(CLOCK);
    }

    Path inbox() throws IOException {
        return Files.createDirectories(dir.resolve("inbox"));
    }

    /**
     * Row 2: 114 bytes of ContentInfo (id-ct-authEnvelopedData) whose AuthEnvelopedData claims 2^62 bytes, the
     * ContentInfo around it of indefinite length, so that only the parser of the inner structure meets the claim.
     */
    static byte[] claimsTwoToTheSixtySecond() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0x30, (byte) 0x80});
        b.writeBytes(new byte[] {0x06, 0x0B, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x09,
            0x10, 0x01, 0x17}); // id-ct-authEnvelopedData
        b.writeBytes(new byte[] {(byte) 0xA0, (byte) 0x80, 0x30, (byte) 0x88, 0x40, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x01,
            0x00, 0x31, (byte) 0x80});
        while (b.size() < 114) {
            b.write(0x30);
        }
        return b.toByteArray();
    }

    @Test
    void anEnvelopeClaimingExabytesIsMalformedNotAnIoError() throws Exception {
        byte[] env = claimsTwoToTheSixtySecond();
        assertThat(env).hasSize(114);
        assertRefused(() -> opener(homeHelpRsa).open(new ByteArrayInputStream(env), NAME, inbox()),
                Failure.MALFORMED);
        Path file = Files.write(dir.resolve(NAME + ".p7m"), env);
        assertRefused(() -> opener(homeHelpRsa).open(file, inbox()), Failure.MALFORMED);
    }

    @Test
    void everyTruncationAndEveryFlippedByteIsATypedRefusal() throws Exception {
        byte[] env = Envelopes.authEnveloped(Envelopes.signed(CONTENT, cm, "SHA256withRSA", NAME, NOW),
                homeHelpRsa.certificate());
        Opener o = opener(homeHelpRsa);
        for (int cut = 0; cut < env.length; cut += Math.max(1, env.length / 97)) {
            byte[] part = Arrays.copyOf(env, cut);
            assertRefused(() -> o.open(new ByteArrayInputStream(part), NAME, inbox()), null);
        }
        for (int at = 0; at < env.length; at += Math.max(1, env.length / 61)) {
            byte[] bent = env.clone();
            bent[at] ^= (byte) 0xA5;
            Path out = Files.createDirectories(dir.resolve("flip" + at));
            try {
                // A byte outside what is authenticated (say in an unused parameter) may change nothing.
                assertThat(o.open(new ByteArrayInputStream(bent), NAME, out).file()).hasBinaryContent(CONTENT);
            } catch (EnvelopeException e) {
                try (Stream<Path> s = Files.list(out)) {
                    assertThat(s.toList()).as("nothing is left after a failed open").isEmpty();
                }
            }
        }
    }

    /**
     * Row 2 as a registered office can mount it: the envelope is genuinely encrypted for the receiver, and what it
     * holds claims 2^62 bytes, or is a signed file cut short.
     */
    @Test
    void genuinelyEncryptedGarbageIsMalformedNotAnIoError() throws Exception {
        byte[] signed = Envelopes.signed(CONTENT, cm, "SHA256withRSA", NAME, NOW);
        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        huge.writeBytes(new byte[] {0x30, (byte) 0x88, 0x40, 0, 0, 0, 0, 0, 0, 0});
        huge.writeBytes(Arrays.copyOfRange(signed, 4, 60));
        for (byte[] inner : List.of(huge.toByteArray(), Arrays.copyOf(signed, signed.length / 2),
                Arrays.copyOf(signed, signed.length - 3), new byte[] {0x30, (byte) 0x80})) {
            byte[] env = Envelopes.authEnveloped(inner, homeHelpRsa.certificate());
            assertRefused(() -> opener(homeHelpRsa).open(new ByteArrayInputStream(env), NAME, inbox()),
                    Failure.MALFORMED);
        }
    }

    @Test
    void aFailingSourceIsStillAnIoErrorOfTheCaller() throws Exception {
        byte[] env = Envelopes.authEnveloped(Envelopes.signed(CONTENT, cm, "SHA256withRSA", NAME, NOW),
                homeHelpRsa.certificate());
        InputStream failing = new InputStream() {
            int read;

            @Override
            public int read() throws IOException {
                if (read == 300) {
                    throw new IOException("disk gone");
                }
                return env[read++] & 0xFF;
            }
        };
        assertThatThrownBy(() -> opener(homeHelpRsa).open(failing, NAME, inbox()))
                .isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    // Row 8: the ECDH KDF below SHA-256

    static byte[] ecdhEnvelope(ASN1ObjectIdentifier agreement) throws Exception {
        KeyPair ephemeral = Certs.ec();
        RecipientInfoGenerator ri = new JceKeyAgreeRecipientInfoGenerator(agreement, ephemeral.getPrivate(),
                ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP).addRecipient(homeHelpEc.certificate())
                .setProvider(Bc.PROVIDER);
        return Envelopes.authEnveloped(Envelopes.signed(CONTENT, cm, "SHA256withRSA", NAME, NOW),
                CMSAlgorithm.AES256_GCM, ri);
    }

    @Test
    void ecdhWithASha1OrSha224KdfIsRefused() throws Exception {
        for (ASN1ObjectIdentifier weak : List.of(CMSAlgorithm.ECDH_SHA1KDF, CMSAlgorithm.ECDH_SHA224KDF,
                CMSAlgorithm.ECCDH_SHA1KDF, CMSAlgorithm.ECCDH_SHA224KDF)) {
            byte[] env = ecdhEnvelope(weak);
            assertRefused(() -> opener(homeHelpEc).open(new ByteArrayInputStream(env), NAME, inbox()),
                    Failure.WEAK_ALGORITHM);
        }
    }

    @Test
    void ecdhWithSha256OrBetterKdfOpens() throws Exception {
        for (ASN1ObjectIdentifier strong : List.of(CMSAlgorithm.ECDH_SHA256KDF, CMSAlgorithm.ECDH_SHA384KDF,
                CMSAlgorithm.ECCDH_SHA512KDF)) {
            Path out = Files.createDirectories(dir.resolve(strong.getId()));
            assertThat(opener(homeHelpEc).open(new ByteArrayInputStream(ecdhEnvelope(strong)), NAME, out).sender())
                    .isEqualTo(CM);
        }
    }

    // Decisions of the algorithm policy

    @Test
    void oaepWithMgf1OverSha1Opens() throws Exception {
        AlgorithmIdentifier oaep = new org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter()
                .getAlgorithmIdentifier(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_RSAES_OAEP,
                        new javax.crypto.spec.OAEPParameterSpec("SHA-256", "MGF1",
                                java.security.spec.MGF1ParameterSpec.SHA1, javax.crypto.spec.PSource.PSpecified.DEFAULT));
        byte[] env = Envelopes.authEnveloped(Envelopes.signed(CONTENT, cm, "SHA256withRSA", NAME, NOW),
                CMSAlgorithm.AES256_GCM, Envelopes.keyTrans(homeHelpRsa.certificate(), oaep));
        assertThat(opener(homeHelpRsa).open(new ByteArrayInputStream(env), NAME, inbox()).sender()).isEqualTo(CM);
    }

    @Test
    void aGcmTagShorterThan16BytesIsRefused() throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        byte[] signed = Envelopes.signed(CONTENT, cm, "SHA256withRSA", NAME, NOW);
        byte[] twelve = Envelopes.authEnveloped(signed, new AlgorithmIdentifier(CMSAlgorithm.AES256_GCM,
                new GCMParameters(nonce, 12)), Envelopes.keyTrans(homeHelpRsa.certificate(), Envelopes.oaep("SHA-256")));
        assertRefused(() -> opener(homeHelpRsa).open(new ByteArrayInputStream(twelve), NAME, inbox()),
                Failure.WEAK_ALGORITHM);
        byte[] sixteen = Envelopes.authEnveloped(signed, new AlgorithmIdentifier(CMSAlgorithm.AES256_GCM,
                new GCMParameters(nonce, 16)), Envelopes.keyTrans(homeHelpRsa.certificate(), Envelopes.oaep("SHA-256")));
        assertThat(opener(homeHelpRsa).open(new ByteArrayInputStream(sixteen), NAME, inbox()).sender())
                .isEqualTo(CM);
    }

    // Row 9: names outside the grammar

    @Test
    void anUnsignedNameOutsideTheGrammarIsRefused() throws Exception {
        String evil = "UPPLAN_202506_1310000001_43_1310000002_11_evil.sh";
        byte[] env = Envelopes.authEnveloped(Envelopes.signed(CONTENT, cm, "SHA256withRSA",
                (org.bouncycastle.asn1.ASN1Encodable) null, NOW), homeHelpRsa.certificate());
        assertRefused(() -> opener(homeHelpRsa).open(new ByteArrayInputStream(env), evil, inbox()),
                Failure.UNSAFE_NAME);
        OpenedFile ok = opener(homeHelpRsa).open(new ByteArrayInputStream(env), NAME, inbox());
        assertThat(ok.nameSigned()).isFalse();
        assertThat(ok.fileName()).isEqualTo(NAME);
    }

    @Test
    void aSignedNameOutsideTheGrammarIsRefusedEvenWhenDeliveredAsSigned() throws Exception {
        String evil = "UPPLAN_202506_1310000001_43_1310000002_11_20250525093000.sh";
        byte[] env = Envelopes.authEnveloped(Envelopes.signed(CONTENT, cm, "SHA256withRSA", new DERUTF8String(evil),
                NOW), homeHelpRsa.certificate());
        assertRefused(() -> opener(homeHelpRsa).open(new ByteArrayInputStream(env), evil, inbox()),
                Failure.UNSAFE_NAME);
        assertRefused(() -> opener(homeHelpRsa).open(new ByteArrayInputStream(env), NAME, inbox()),
                Failure.UNSAFE_NAME);
    }

    /** A refusal of the expected failure (any, when null), and nothing left in the inbox. */
    void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Failure expected)
            throws IOException {
        assertThatThrownBy(call).isInstanceOfSatisfying(EnvelopeException.class, e -> {
            if (expected != null) {
                assertThat(e.failure()).isEqualTo(expected);
            }
        });
        try (Stream<Path> s = Files.list(inbox())) {
            assertThat(s.toList()).as("nothing is left in the inbox after a failed open").isEmpty();
        }
    }
}
