package dev.careplan.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.pki.KeyType;
import dev.careplan.crypto.pki.TestPki;
import dev.careplan.model.Party;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataParser;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.InputAEADDecryptor;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.junit.jupiter.api.Test;

/**
 * The streaming GCM decryption against the platform's GCM encryption: the same plaintext back, and a failed last read
 * for a changed ciphertext, tag or AAD, including AAD handed over after the ciphertext, as Bouncy Castle does with
 * authenticated attributes.
 */
class StreamingGcmDecryptorTest {
    private static final byte[] NONCE = bytes(12, 7);
    private static final SecretKey KEY = new SecretKeySpec(bytes(32, 8), "AES");

    @Test
    void decryptsEveryLengthAroundTheChunkSizeWithAndWithoutLateAad() throws Exception {
        int chunk = ContentChunks.SIZE;
        for (int length : new int[] {0, 1, 15, 16, chunk - 1, chunk, chunk + 1, 3 * chunk + 5, 100_000}) {
            for (int aadLength : new int[] {0, 5, 16, 33}) {
                for (int tagBytes : new int[] {12, 16}) {
                    byte[] plain = bytes(length, length);
                    byte[] aad = bytes(aadLength, 99);
                    byte[] sealed = encrypt(plain, aad, tagBytes);
                    assertThat(decrypt(sealed, aad, tagBytes)).as("%d bytes, %d AAD, %d-byte tag", length, aadLength,
                            tagBytes).isEqualTo(plain);
                }
            }
        }
    }

    @Test
    void aChangedCiphertextTagOrAadFailsTheLastRead() throws Exception {
        byte[] plain = bytes(10_000, 1);
        byte[] aad = bytes(20, 2);
        byte[] sealed = encrypt(plain, aad, 16);
        for (int at : new int[] {0, 5000, sealed.length - 17, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 1;
            assertThatThrownBy(() -> decrypt(changed, aad, 16)).as("byte %d changed", at)
                    .isInstanceOf(IOException.class);
        }
        byte[] otherAad = aad.clone();
        otherAad[3] ^= 1;
        assertThatThrownBy(() -> decrypt(sealed, otherAad, 16)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt(sealed, new byte[0], 16)).isInstanceOf(IOException.class);
    }

    @Test
    void opensAuthEnvelopedDataWithAuthenticatedAttributes() throws Exception {
        TestPki pki = TestPki.create(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
        OfficeCredentials to = pki.issueOffice(Party.of("1310000002", "11"), KeyType.RSA_2048);
        byte[] plain = bytes(50_000, 3);
        CMSAuthEnvelopedDataStreamGenerator gen = new CMSAuthEnvelopedDataStreamGenerator();
        gen.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(to.certificate()).setProvider(Bc.PROVIDER));
        ASN1ObjectIdentifier type = new ASN1ObjectIdentifier("2.25.1");
        gen.setAuthenticatedAttributeGenerator(parameters -> {
            Hashtable<ASN1ObjectIdentifier, Attribute> t = new Hashtable<>();
            t.put(type, new Attribute(type, new DERSet(new DERUTF8String("authenticated"))));
            return new AttributeTable(t);
        });
        // Bouncy Castle's own GCM takes the AAD after the content, as the generator gives it.
        OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(
                CMSAlgorithm.AES256_GCM).setProvider(Bc.PROVIDER).build();
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try (OutputStream out = gen.open(envelope, encryptor)) {
            out.write(plain);
        }
        CMSAuthEnvelopedDataParser parser = new CMSAuthEnvelopedDataParser(envelope.toByteArray());
        RecipientInformation ri = parser.getRecipientInfos().getRecipients().iterator().next();
        try (InputStream in = ri.getContentStream(StreamingRecipients.keyTrans(to.privateKey())).getContentStream()) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertThat(parser.getAuthAttrs().get(type)).isNotNull();
    }

    private static byte[] bytes(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] encrypt(byte[] plain, byte[] aad, int tagBytes) throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(tagBytes * 8, NONCE));
        c.updateAAD(aad);
        return c.doFinal(plain);
    }

    /** Decrypts as Bouncy Castle drives a decryptor: the AAD is written once the ciphertext has been read. */
    private static byte[] decrypt(byte[] sealed, byte[] aad, int tagBytes) throws IOException {
        AlgorithmIdentifier alg = new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_GCM,
                new GCMParameters(NONCE, tagBytes));
        InputAEADDecryptor d = StreamingGcmDecryptor.of(alg, KEY).orElseThrow();
        int ciphertext = sealed.length - tagBytes;
        InputStream lateAad = new InputStream() {
            private int pos;
            private boolean aadWritten;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos == ciphertext && !aadWritten) {
                    d.getAADStream().write(aad);
                    aadWritten = true;
                }
                if (pos == sealed.length) {
                    return -1;
                }
                // Never past the end of the ciphertext in one read, so that the AAD comes in between.
                int end = pos < ciphertext ? ciphertext : sealed.length;
                int n = Math.min(len, end - pos);
                System.arraycopy(sealed, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        try (InputStream in = d.getInputStream(lateAad)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFieldArithmeticHasOneAndCommutes() {
        long[] h = Gf128.of(bytes(16, 5));
        long[] g = Gf128.of(bytes(16, 6));
        assertThat(Gf128.multiply(h, new long[] {Long.MIN_VALUE, 0})).isEqualTo(h);
        assertThat(Gf128.multiply(h, g)).isEqualTo(Gf128.multiply(g, h));
        assertThat(Gf128.power(h, 3)).isEqualTo(Gf128.multiply(h, Gf128.multiply(h, h)));
        assertThat(Arrays.equals(Gf128.bytes(h), bytes(16, 5))).isTrue();
    }
}
