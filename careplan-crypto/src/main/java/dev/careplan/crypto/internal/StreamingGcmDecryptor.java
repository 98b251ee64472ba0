package dev.careplan.crypto.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
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
    private InputStream source;

    private StreamingGcmDecryptor(AlgorithmIdentifier algorithm, SecretKeySpec key, byte[] nonce, int tagBytes)
            throws GeneralSecurityException {
        this.algorithm = algorithm;
        this.key = key;
        this.nonce = nonce;
        this.tagBytes = tagBytes;
        this.tagCipher = Cipher.getInstance("AES/GCM/NoPadding", ContentChunks.AES);
        tagCipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(tagBytes * 8, nonce));
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
        return new OutputStream() {
            @Override
            public void write(int b) {
                tagCipher.updateAAD(new byte[] {(byte) b});
            }

            @Override
            public void write(byte[] b, int off, int len) {
                tagCipher.updateAAD(b, off, len);
            }
        };
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

    /** The decrypted content; the tag (the last {@code tagBytes} of the input) is held back and checked at the end. */
    private final class Plaintext extends InputStream {
        private final InputStream in;
        private final Cipher ctr;
        private final byte[] held = new byte[ContentChunks.SIZE + tagBytes];
        private final byte[] plain = new byte[ContentChunks.SIZE + 16];
        private final byte[] scratch = new byte[ContentChunks.SIZE + 16];
        private int heldLen;
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
                byte[] tag = new byte[tagBytes];
                System.arraycopy(last, last.length - tagBytes, tag, 0, tagBytes);
                byte[] received = new byte[tagBytes];
                System.arraycopy(held, heldLen - tagBytes, received, 0, tagBytes);
                if (!MessageDigest.isEqual(tag, received)) {
                    throw new IOException("mac check in GCM failed");
                }
                done = true;
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM decryption failed", e);
            }
        }

        private void decrypt(int n) throws GeneralSecurityException {
            len = ctr.update(held, 0, n, plain, 0);
            pos = 0;
            // Encrypting the plaintext again yields the received ciphertext, which the tag cipher hashes.
            tagCipher.update(plain, 0, len, scratch, 0);
        }
    }
}
