package dev.careplan.crypto.pki;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.crypto.SecretFiles;
import dev.careplan.crypto.internal.Bc;
import dev.careplan.model.Party;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certificate authority for tests, demos and vendors' own test suites (never for production): a CA,
 * office certificates for {@link Party}s (RSA or EC; the office number in the subject's {@code serialNumber}, the
 * service kind in {@code OU}, usable for signing, encryption and TLS client authentication), a TLS server
 * certificate for a relay, CRLs, and PKCS#12 / PEM files. Everything is generated at run time at the instants of an
 * injectable clock, so no certificate that can expire needs to be committed.
 */
public final class TestPki {

    private final Clock clock;
    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final SecureRandom random = new SecureRandom();

    private TestPki(Clock clock) {
        this.clock = clock;
        try {
            this.caKeys = generate(KeyType.EC_P256);
            // A random suffix makes each CA's name its own: certificates of two test PKIs never share issuer and
            // serial, which CMS uses to find a recipient's key.
            byte[] id = new byte[8];
            random.nextBytes(id);
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "careplan-sdk test PKI")
                    .addRDN(BCStyle.CN, "careplan test CA " + HexFormat.of().formatHex(id)).build();
            Instant now = clock.instant();
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
                    caKeys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(caKeys.getPublic()));
            this.ca = convert(b.build(signer(caKeys.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot create the test CA", e);
        }
    }

    /** A new CA whose certificates are dated by {@code clock}. */
    public static TestPki create(Clock clock) {
        return new TestPki(clock);
    }

    /** The CA certificate: the trust anchor of everything this PKI issues. */
    public X509Certificate caCertificate() {
        return ca;
    }

    /** Office credentials valid for 365 days from the clock's now. */
    public OfficeCredentials issueOffice(Party party, KeyType type) {
        return issueOffice(party, type, clock.instant().minus(Duration.ofMinutes(5)),
                clock.instant().plus(Duration.ofDays(365)));
    }

    /** Office credentials valid from {@code notBefore} to {@code notAfter} (to make expired or near-expiry ones). */
    public OfficeCredentials issueOffice(Party party, KeyType type, Instant notBefore, Instant notAfter) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "careplan-sdk test office")
                .addRDN(BCStyle.OU, party.kind().code()).addRDN(BCStyle.SERIALNUMBER, party.office().value())
                .addRDN(BCStyle.CN, party.office().value() + "-" + party.kind().code()).build();
        int usage = type == KeyType.EC_P256 ? KeyUsage.digitalSignature | KeyUsage.keyAgreement
                : KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
        return issue(subject, type, notBefore, notAfter, usage,
                new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection}, null);
    }

    /** A TLS server certificate for a relay at {@code host} (also valid for localhost and 127.0.0.1). */
    public OfficeCredentials issueTlsServer(String host) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "careplan-sdk test relay")
                .addRDN(BCStyle.CN, host).build();
        GeneralNames san = new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, host),
            new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")});
        return issue(subject, KeyType.EC_P256, clock.instant().minus(Duration.ofMinutes(5)),
                clock.instant().plus(Duration.ofDays(365)), KeyUsage.digitalSignature | KeyUsage.keyAgreement,
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth}, san);
    }

    /** A CRL of this CA that revokes {@code revoked}, issued now, next update in 7 days. */
    public X509CRL crl(List<X509Certificate> revoked) {
        try {
            Instant now = clock.instant();
            X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                    Date.from(now));
            b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            for (X509Certificate c : revoked) {
                b.addCRLEntry(c.getSerialNumber(), Date.from(now.minus(Duration.ofMinutes(1))),
                        CRLReason.keyCompromise);
            }
            return new JcaX509CRLConverter().setProvider(Bc.PROVIDER).getCRL(b.build(signer(caKeys.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a CRL", e);
        }
    }

    private OfficeCredentials issue(X500Name subject, KeyType type, Instant notBefore, Instant notAfter, int usage,
            KeyPurposeId[] eku, GeneralNames san) {
        try {
            KeyPair keys = generate(type);
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca, serial(), Date.from(notBefore),
                    Date.from(notAfter), subject, keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(eku));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
            if (san != null) {
                b.addExtension(Extension.subjectAlternativeName, false, san);
            }
            return new OfficeCredentials(keys.getPrivate(), convert(b.build(signer(caKeys.getPrivate()))), List.of());
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot issue a certificate", e);
        }
    }

    /** A random serial of 127 bits: positive, unpredictable, within the 20 octets RFC 5280 allows. */
    private BigInteger serial() {
        return new BigInteger(126, random).setBit(126);
    }

    private KeyPair generate(KeyType type) throws GeneralSecurityException {
        if (type == KeyType.EC_P256) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
            g.initialize(new ECGenParameterSpec("secp256r1"), random);
            return g.generateKeyPair();
        }
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA", Bc.PROVIDER);
        g.initialize(type == KeyType.RSA_3072 ? 3072 : 2048, random);
        return g.generateKeyPair();
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Bc.PROVIDER).build(key);
    }

    private static X509Certificate convert(X509CertificateHolder h) throws GeneralSecurityException {
        return new JcaX509CertificateConverter().setProvider(Bc.PROVIDER).getCertificate(h);
    }

    /** A PKCS#12 key store holding {@code credentials} under {@code alias}, protected by {@code password}. */
    public KeyStore keyStore(OfficeCredentials credentials, String alias, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, credentials.privateKey(), password,
                    new java.security.cert.Certificate[] {credentials.certificate(), ca});
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a PKCS#12 store", e);
        }
    }

    /** A key store trusting this CA, e.g. for a TLS {@code TrustManagerFactory}. */
    public KeyStore trustStore() {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setCertificateEntry("careplan-test-ca", ca);
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust store", e);
        }
    }

    /**
     * Writes {@code credentials} as {@code <base>.p12} (alias {@code office}), {@code <base>.pem} and
     * {@code <base>.key}; the key files owner-only from their creation ({@link SecretFiles}).
     */
    public void write(OfficeCredentials credentials, Path dir, String base, char[] password) {
        try {
            Files.createDirectories(dir);
            java.io.ByteArrayOutputStream p12 = new java.io.ByteArrayOutputStream();
            keyStore(credentials, "office", password).store(p12, password);
            SecretFiles.write(dir.resolve(base + ".p12"), p12.toByteArray());
            Files.writeString(dir.resolve(base + ".pem"), pem(credentials.certificate()), StandardCharsets.US_ASCII);
            SecretFiles.write(dir.resolve(base + ".key"), pem(credentials.privateKey()).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot write credentials for " + base, e));
        }
    }

    /** Writes the CA certificate as {@code ca.pem}. */
    public Path writeCa(Path dir) {
        try {
            Files.createDirectories(dir);
            Path p = dir.resolve("ca.pem");
            Files.writeString(p, pem(ca), StandardCharsets.US_ASCII);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PEM text of a certificate, key or CRL. */
    public static String pem(Object o) {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** The public key of the CA (for tests that need it). */
    public PublicKey caPublicKey() {
        return caKeys.getPublic();
    }
}
