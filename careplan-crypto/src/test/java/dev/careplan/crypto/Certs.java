package dev.careplan.crypto;

import dev.careplan.crypto.internal.Bc;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates of shapes the test PKI does not make (any subject, serial number or extended key usage, CAs of the
 * same name, intermediates), built with Bouncy Castle for the opener's tests.
 */
final class Certs {

    static final Instant NOW = SealOpenTest.NOW;
    private static final AtomicLong SERIAL = new AtomicLong(5000);

    /** A key pair and the certificate issued for it. */
    record Issued(KeyPair keys, X509Certificate cert) {
        OfficeCredentials credentials(X509Certificate... chain) {
            return new OfficeCredentials(keys.getPrivate(), cert, List.of(chain));
        }
    }

    private Certs() {
    }

    static KeyPair ec() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA", Bc.PROVIDER);
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed CA named {@code name}. */
    static Issued ca(String name) {
        KeyPair k = ec();
        X500Name n = new X500Name(name);
        return new Issued(k, build(n, k, n, k, BigInteger.ONE, true, KeyUsage.keyCertSign | KeyUsage.cRLSign));
    }

    /** An intermediate CA named {@code name} issued by {@code issuer}. */
    static Issued intermediate(Issued issuer, String name) {
        KeyPair k = ec();
        return new Issued(k, build(X500Name.getInstance(issuer.cert.getSubjectX500Principal().getEncoded()),
                issuer.keys, new X500Name(name), k, next(), true, KeyUsage.keyCertSign | KeyUsage.cRLSign));
    }

    /** An end-entity certificate for {@code keys} with {@code subject}, {@code serial} and {@code eku}. */
    static Issued leaf(Issued issuer, String subject, KeyPair keys, BigInteger serial, KeyPurposeId... eku) {
        int usage = keys.getPublic().getAlgorithm().startsWith("EC")
                ? KeyUsage.digitalSignature | KeyUsage.keyAgreement
                : KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
        return new Issued(keys, build(X500Name.getInstance(issuer.cert.getSubjectX500Principal().getEncoded()),
                issuer.keys, new X500Name(subject), keys, serial, false, usage, eku));
    }

    /** An office certificate (clientAuth and emailProtection, as the test PKI makes them). */
    static Issued office(Issued issuer, String subject, KeyPair keys) {
        return leaf(issuer, subject, keys, next(), KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection);
    }

    static BigInteger next() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static X509Certificate build(X500Name issuer, KeyPair issuerKeys, X500Name subject, KeyPair keys,
            BigInteger serial, boolean ca, int usage, KeyPurposeId... eku) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial,
                    Date.from(NOW.minus(Duration.ofDays(1))), Date.from(NOW.plus(Duration.ofDays(365))), subject,
                    keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            if (eku.length > 0) {
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(eku));
            }
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            String alg = issuerKeys.getPrivate().getAlgorithm().startsWith("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            return new JcaX509CertificateConverter().setProvider(Bc.PROVIDER).getCertificate(
                    b.build(new JcaContentSignerBuilder(alg).setProvider(Bc.PROVIDER).build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a test certificate", e);
        }
    }
}
