package dev.careplan.crypto.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The public keys of signers (送信元) as Bouncy Castle keys, kept for the signers of files that opened: Bouncy
 * Castle's ECDSA verification stores tables of multiples of the key's point on the point object itself, so a key
 * object used again verifies its next signature without building them again (a key converted anew for each file
 * rebuilt them every time, a large part of opening a small file).
 *
 * <p>Safe to share between openers and threads: a key is a function of its SubjectPublicKeyInfo bytes alone, and
 * those bytes, compared in full (not by a hash), are the whole cache key, so no certificate can be given another's
 * key; nothing kept here says whether a key, a signature or a certificate is to be trusted, which is decided for
 * every file anew. Only the keys of files that passed every check are kept ({@link #remember}), at most
 * {@link #CAPACITY}, the least recently used first out, so that envelopes from strangers cannot push out the keys
 * of known senders.
 */
public final class SignerKeys {
    /** About one key per sending office a receiver hears from; a key not kept costs one conversion, no more. */
    static final int CAPACITY = 256;

    private static final Map<ByteBuffer, PublicKey> KEYS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, PublicKey> eldest) {
            return size() > CAPACITY;
        }
    };

    static {
        // Bouncy Castle's key converters are registered when its provider is made.
        Objects.requireNonNull(Bc.PROVIDER);
    }

    private SignerKeys() {
    }

    /**
     * The key of {@code spki}: the one kept for these bytes, else a new one; empty when Bouncy Castle has no key
     * type for its algorithm.
     *
     * @throws IOException when the key's bytes cannot be read as a key of its algorithm
     */
    public static Optional<PublicKey> of(SubjectPublicKeyInfo spki) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(spki.getEncoded());
        synchronized (KEYS) {
            PublicKey kept = KEYS.get(bytes);
            if (kept != null) {
                return Optional.of(kept);
            }
        }
        return Optional.ofNullable(BouncyCastleProvider.getPublicKey(spki));
    }

    /** Keeps {@code key}, returned by {@link #of} for {@code spki}, for the next file its signer signs. */
    public static void remember(SubjectPublicKeyInfo spki, PublicKey key) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(spki.getEncoded());
        synchronized (KEYS) {
            KEYS.putIfAbsent(bytes, key);
        }
    }

    /** How many keys are kept. */
    static int size() {
        synchronized (KEYS) {
            return KEYS.size();
        }
    }
}
