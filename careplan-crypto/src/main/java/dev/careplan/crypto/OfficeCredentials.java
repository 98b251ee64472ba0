package dev.careplan.crypto;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * An office's signing and decryption material (電子証明書と秘密鍵): its private key, its certificate, and the chain up
 * to (not including) the trust anchor. {@link #toString()} never shows the key.
 *
 * @param privateKey  the office's private key
 * @param certificate the office's certificate
 * @param chain       intermediate certificates, may be empty
 */
public record OfficeCredentials(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    /** Checks that nothing is null and copies the chain. */
    public OfficeCredentials {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain);
    }

    @Override
    public String toString() {
        return "OfficeCredentials[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
