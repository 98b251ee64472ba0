package dev.careplan.crypto.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.InputStreamWithMAC;
import org.bouncycastle.operator.InputAEADDecryptor;

/**
 * Decrypts AES-GCM content as it streams, at the platform cipher's speed, in flat memory.
 *
 * <p>The platform's AES-GCM decryption holds all ciphertext back until the tag is checked (so memory would grow with
 * the file), and Bouncy Castle's streaming GCM is pure Java (tens of MB/s). So the content is decrypted with AES-CTR
 * from the GCM counter on, and the tag is recomputed by encrypting the recovered plaintext again with AES-GCM under
 * the same key and nonce: that reproduces the received ciphertext, hence its tag, which is compared with the received
 * one in constant time at the end. Until then the plaintext is unauthenticated, exactly as with Bouncy Castle's
 * streaming GCM: a mismatch fails the last read with an {@link IOException}, and the caller discards what it wrote.
 *
 * <p>Why this is sound: GCM encryption under (key, nonce) is a function of the plaintext, so re-encrypting the
 * recovered plaintext P = C ⊕ keystream gives back exactly the received C, and the tag the encryption computes is
 * GHASH over that C (with the received AAD, see below) masked with the same AES(J0): the tag a genuine sender computed
 * over C. The tag is compared at full strength, not a shortcut of it. The re-encryption's output is written to a
 * scratch buffer that is overwritten at every chunk and never leaves this class; only its tag is used. Reusing the
 * nonce for this second encryption reveals nothing: its output is the ciphertext the receiver already holds. Each
 * step runs on the JDK's CPU kernels (AES-CTR for the keystream, AES-GCM for the tag), where a GHASH in Java would run
 * at tens of MB/s.
 *
 * <p>Authenticated attributes (the AAD) come after the content in AuthEnvelopedData, so Bouncy Castle hands them over
 * only once the ciphertext is read, too late for the platform's GCM. They are kept aside, and their share of the tag
 * is added at the end: GHASH is linear, so the tag over (AAD, ciphertext) is the tag over the ciphertext alone plus
 * GHASH(AAD)·H^(c+1) plus the difference of the two length blocks times H, with H = AES(0) and c the number of
 * ciphertext blocks.
 */
public final class StreamingGcmDecryptor implements InputAEADDecryptor {
    private static final Set<ASN1ObjectIdentifier> GCM = Set.of(NISTObjectIdentifiers.id_aes128_GCM,
            NISTObjectIdentifiers.id_aes192_GCM, NISTObjectIdentifiers.id_aes256_GCM);
    private static final int NONCE_BYTES = 12;

    private final AlgorithmIdentifier algorithm;
    private final SecretKeySpec key;
    private final byte[] nonce;
    private final int tagBytes;
    private final Cipher tagCipher;
    private final ByteArrayOutputStream aad = new ByteArrayOutputStream();
    private InputStream source;

    private StreamingGcmDecryptor(AlgorithmIdentifier algorithm, SecretKeySpec key, byte[] nonce, int tagBytes)
            throws GeneralSecurityException {
        this.algorithm = algorithm;
        this.key = key;
        this.nonce = nonce;
        this.tagBytes = tagBytes;
        this.tagCipher = Cipher.getInstance("AES/GCM/NoPadding", ContentChunks.AES);
        // The whole 16-byte tag, so that the AAD's share can be added before it is cut to the received length.
        tagCipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    }

    /**
     * A decryptor for {@code algorithm} with the content key {@code key}; empty when the parameters are not the
     * common ones this class handles (a 12-byte nonce, a tag of 12 to 16 bytes), so that the caller keeps Bouncy
     * Castle's decryptor for them.
     */
    public static Optional<InputAEADDecryptor> of(AlgorithmIdentifier algorithm, Key key) {
        if (!GCM.contains(algorithm.getAlgorithm()) || algorithm.getParameters() == null || key == null) {
            return Optional.empty();
        }
        try {
            GCMParameters p = GCMParameters.getInstance(algorithm.getParameters());
            byte[] raw = key.getEncoded();
            if (p.getNonce().length != NONCE_BYTES || p.getIcvLen() < 12 || p.getIcvLen() > 16 || raw == null) {
                return Optional.empty();
            }
            return Optional.of(new StreamingGcmDecryptor(algorithm, new SecretKeySpec(raw, "AES"), p.getNonce(),
                    p.getIcvLen()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty(); // Bouncy Castle's decryptor reports what is wrong with the parameters
        }
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
    }

    @Override
    public OutputStream getAADStream() {
        return aad;
    }

    @Override
    public byte[] getMAC() {
        return source instanceof InputStreamWithMAC withMac ? withMac.getMAC() : null;
    }

    @Override
    public InputStream getInputStream(InputStream ciphertextAndTag) {
        this.source = ciphertextAndTag;
        try {
            // The first counter block of the content is the nonce followed by a 32-bit 2 (1 is for the tag).
            byte[] counter = new byte[16];
            System.arraycopy(nonce, 0, counter, 0, NONCE_BYTES);
            counter[15] = 2;
            Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding", ContentChunks.AES);
            ctr.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(counter));
            return new Plaintext(ciphertextAndTag, ctr);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the platform's AES-CTR is not usable", e);
        }
    }

    /** The full tag over (AAD, ciphertext) from the tag over the ciphertext alone (see the class comment). */
    private byte[] withAad(byte[] tag, long ciphertextLength) throws GeneralSecurityException {
        byte[] a = aad.toByteArray();
        if (a.length == 0) {
            return tag;
        }
        Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding", ContentChunks.AES);
        ecb.init(Cipher.ENCRYPT_MODE, key);
        long[] h = Gf128.of(ecb.doFinal(new byte[16]));
        long[] ghashAad = Gf128.ghash(h, a);
        long blocks = (ciphertextLength + 15) / 16;
        long[] share = Gf128.multiply(ghashAad, Gf128.power(h, blocks + 1));
        // The length blocks differ in their first half only: the AAD's length in bits.
        long[] lengths = Gf128.multiply(new long[] {(long) a.length * 8, 0}, h);
        long[] t = Gf128.of(tag);
        return Gf128.bytes(new long[] {t[0] ^ share[0] ^ lengths[0], t[1] ^ share[1] ^ lengths[1]});
    }

    /** The decrypted content; the tag (the last {@code tagBytes} of the input) is held back and checked at the end. */
    private final class Plaintext extends InputStream {
        private final InputStream in;
        private final Cipher ctr;
        private final byte[] held = new byte[ContentChunks.SIZE + tagBytes];
        private final byte[] plain = new byte[ContentChunks.SIZE + 16];
        private final byte[] scratch = new byte[ContentChunks.SIZE + 16];
        private int heldLen;
        private long ciphertextBytes;
        private int pos;
        private int len;
        private boolean done;

        Plaintext(InputStream in, Cipher ctr) {
            this.in = in;
            this.ctr = ctr;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            if (n == 0) {
                return 0;
            }
            while (pos == len) {
                if (done) {
                    return -1;
                }
                fill();
            }
            int k = Math.min(n, len - pos);
            System.arraycopy(plain, pos, b, off, k);
            pos += k;
            return k;
        }

        private void fill() throws IOException {
            heldLen += in.readNBytes(held, heldLen, held.length - heldLen);
            try {
                if (heldLen == held.length) {
                    decrypt(ContentChunks.SIZE);
                    System.arraycopy(held, ContentChunks.SIZE, held, 0, tagBytes);
                    heldLen = tagBytes;
                    return;
                }
                if (heldLen < tagBytes) {
                    throw new IOException("AES-GCM content shorter than its tag");
                }
                decrypt(heldLen - tagBytes);
                byte[] last = tagCipher.doFinal();
                byte[] tag = withAad(Arrays.copyOfRange(last, last.length - 16, last.length), ciphertextBytes);
                byte[] received = Arrays.copyOfRange(held, heldLen - tagBytes, heldLen);
                if (!MessageDigest.isEqual(Arrays.copyOf(tag, tagBytes), received)) {
                    throw new IOException("mac check in GCM failed");
                }
                done = true;
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM decryption failed", e);
            }
        }

        private void decrypt(int n) throws GeneralSecurityException {
            ciphertextBytes += n;
            len = ctr.update(held, 0, n, plain, 0);
            pos = 0;
            // Encrypting the plaintext again yields the received ciphertext, which the tag cipher hashes.
            tagCipher.update(plain, 0, len, scratch, 0);
        }
    }
}
