package dev.careplan.crypto;

import dev.careplan.crypto.SealingRefusedException.Reason;
import dev.careplan.crypto.internal.AtomicFiles;
import dev.careplan.crypto.internal.Bc;
import dev.careplan.crypto.internal.ChunkedOutputStream;
import dev.careplan.crypto.internal.ContentChunks;
import dev.careplan.crypto.internal.Digests;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataStreamGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Seals a care-plan file for its receivers: signs it with the sending office's key (CMS SignedData, SHA-256, signer
 * certificate included, the file's standard name as a signed attribute) and encrypts the signed data to one or more
 * recipient certificates (CMS AuthEnvelopedData, AES-256-GCM; RSA recipients with RSA-OAEP/SHA-256, EC recipients
 * with ECDH key agreement, dhSinglePass-stdDH-sha256kdf + AES-256 key wrap). Streams: memory does not grow with the
 * file. The output is a {@code .p7m} that OpenSSL 3 opens ({@code openssl cms -decrypt}, then {@code openssl cms
 * -verify}).
 *
 * <p>Before writing anything it refuses, with a {@link SealingRefusedException}, to seal when at its clock's now the
 * signer's certificate or a recipient's is not valid, a recipient's key usage allows no encryption to it, or the
 * file name is not a standard name whose sender office is the signer's (read with an {@link OfficeBinding}).
 */
public final class Sealer {

    /**
     * OID of the signed attribute that carries the file's standard name (UTF8String). A UUID-based OID (X.667,
     * arc 2.25) so that it needs no registration and cannot collide.
     */
    public static final ASN1ObjectIdentifier SIGNED_FILE_NAME =
            new ASN1ObjectIdentifier("2.25.20590893033776671941681359505827545623");

    private final OfficeCredentials signer;
    private final List<X509Certificate> recipients;
    private final Clock clock;
    private final OfficeBinding binding;
    private final SecureRandom random = new SecureRandom();

    private Sealer(OfficeCredentials signer, List<X509Certificate> recipients, Clock clock, OfficeBinding binding) {
        this.signer = Objects.requireNonNull(signer, "signer");
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("at least one recipient certificate is needed");
        }
        this.recipients = List.copyOf(recipients);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.binding = Objects.requireNonNull(binding, "binding");
    }

    /**
     * A sealer signing as {@code signer} and encrypting to {@code recipients}, on the system clock, reading the
     * signer's office with {@link OfficeBinding#subjectSerialNumber()}.
     */
    public static Sealer of(OfficeCredentials signer, List<X509Certificate> recipients) {
        return new Sealer(signer, recipients, Clock.systemUTC(), OfficeBinding.subjectSerialNumber());
    }

    /** The same sealer with another clock (for the certificates' validity and the signing-time attribute). */
    public Sealer withClock(Clock c) {
        return new Sealer(signer, recipients, c, binding);
    }

    /** The same sealer reading the signer's office with {@code b} (for certificate profiles of other issuers). */
    public Sealer withOfficeBinding(OfficeBinding b) {
        return new Sealer(signer, recipients, clock, b);
    }

    /**
     * Seals {@code plainFile} into {@code outFolder} as {@code <fileName>.p7m}, atomically.
     *
     * @return the envelope's path
     * @throws SealingRefusedException if a check fails; nothing is then written
     */
    public Path seal(Path plainFile, Path outFolder) throws IOException {
        String name = plainFile.getFileName().toString();
        check(name); // before the temporary file exists (the stream seal checks again, cheaply)
        Path target = outFolder.resolve(name + ".p7m");
        Path tmp = AtomicFiles.temp(target);
        boolean done = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(plainFile), 1 << 16);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            seal(in, name, out);
            out.close();
            AtomicFiles.commit(tmp, target);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
        return target;
    }

    /**
     * Seals the bytes of {@code plain}, whose standard name is {@code fileName}, into {@code out}.
     *
     * @throws SealingRefusedException if a check fails; nothing is then written to {@code out}
     */
    public void seal(InputStream plain, String fileName, OutputStream out) throws IOException {
        check(fileName);
        try {
            CMSAuthEnvelopedDataStreamGenerator env = new CMSAuthEnvelopedDataStreamGenerator();
            env.setBufferSize(ContentChunks.SEGMENT);
            for (X509Certificate r : recipients) {
                addRecipient(env, r);
            }
            // The platform's AES-GCM, fed whole chunks, runs at the CPU's speed (see ContentChunks).
            OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(
                    CMSAlgorithm.AES256_GCM).setProvider(ContentChunks.AES).setSecureRandom(random).build();
            try (OutputStream encrypted = env.open(out, encryptor)) {
                CMSSignedDataStreamGenerator sig = new CMSSignedDataStreamGenerator();
                sig.setBufferSize(ContentChunks.SEGMENT);
                sig.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(Digests.PROVIDER)
                        .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes(fileName)))
                        .build(new JcaContentSignerBuilder(signatureAlgorithm()).setProvider(Bc.PROVIDER)
                                .build(signer.privateKey()), signer.certificate()));
                List<X509Certificate> certs = new ArrayList<>();
                certs.add(signer.certificate());
                certs.addAll(signer.chain());
                sig.addCertificates(new JcaCertStore(certs));
                ChunkedOutputStream chunked = new ChunkedOutputStream(encrypted);
                try (OutputStream signed = sig.open(chunked, true)) {
                    ContentChunks.copy(plain, signed);
                }
                chunked.flush();
            }
        } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
            throw new EnvelopeException(EnvelopeException.Failure.UNUSABLE_KEY, "sealing failed: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private void check(String fileName) {
        Date now = Date.from(clock.instant());
        if (!validAt(signer.certificate(), now)) {
            throw new SealingRefusedException(Reason.SIGNER_NOT_VALID, validity(signer.certificate()));
        }
        for (X509Certificate r : recipients) {
            if (!validAt(r, now)) {
                throw new SealingRefusedException(Reason.RECIPIENT_NOT_VALID, validity(r));
            }
            boolean[] ku = r.getKeyUsage();
            // Bits 2 and 4 of key usage: keyEncipherment (RSA key transport) and keyAgreement (ECDH).
            if (ku != null && !(r.getPublicKey() instanceof ECPublicKey ? ku[4] : ku[2])) {
                throw new SealingRefusedException(Reason.RECIPIENT_NOT_FOR_ENCRYPTION, subject(r));
            }
        }
        Party sender = CareplanFileName.tryParse(fileName).map(CareplanFileName::sender).orElseThrow(() ->
                new SealingRefusedException(Reason.NOT_A_STANDARD_NAME, fileName));
        Optional<OfficeNumber> office = binding.officeOf(signer.certificate());
        if (office.isEmpty() || !office.get().equals(sender.office())) {
            throw new SealingRefusedException(Reason.SENDER_NOT_SIGNER, "sender in the name " + sender.office()
                    + ", office of the certificate " + office.map(OfficeNumber::value).orElse("(none)"));
        }
    }

    private static boolean validAt(X509Certificate c, Date now) {
        try {
            c.checkValidity(now);
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }

    private static String validity(X509Certificate c) {
        return subject(c) + ", valid from " + c.getNotBefore().toInstant() + " to " + c.getNotAfter().toInstant();
    }

    private static String subject(X509Certificate c) {
        return X500Name.getInstance(BCStyle.INSTANCE, c.getSubjectX500Principal().getEncoded()).toString();
    }

    private AttributeTable attributes(String fileName) {
        Hashtable<ASN1ObjectIdentifier, Attribute> t = new Hashtable<>();
        t.put(SIGNED_FILE_NAME, new Attribute(SIGNED_FILE_NAME, new DERSet(new DERUTF8String(fileName))));
        t.put(CMSAttributes.signingTime, new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(clock.instant())))));
        return new AttributeTable(t);
    }

    private String signatureAlgorithm() {
        return signer.privateKey().getAlgorithm().startsWith("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    }

    /**
     * The recipient's curve for the ephemeral key, by name where the certificate names it: Bouncy Castle then uses its
     * dedicated arithmetic for that curve (a P-256 key agreement several times faster than from the curve's numbers,
     * which is a large part of sealing a small file).
     */
    private static AlgorithmParameterSpec ephemeralParameters(ECPublicKey recipient) {
        ASN1Encodable parameters = SubjectPublicKeyInfo.getInstance(recipient.getEncoded()).getAlgorithm()
                .getParameters();
        return parameters instanceof ASN1ObjectIdentifier curve ? new ECGenParameterSpec(curve.getId())
                : recipient.getParams();
    }

    private void addRecipient(CMSAuthEnvelopedDataStreamGenerator env, X509Certificate r)
            throws GeneralSecurityException {
        if (r.getPublicKey() instanceof ECPublicKey ec) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
            g.initialize(ephemeralParameters(ec), random);
            KeyPair ephemeral = g.generateKeyPair();
            env.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF,
                    ephemeral.getPrivate(), ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                    .addRecipient(r).setProvider(Bc.PROVIDER));
        } else {
            var oaep = new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(
                    PKCSObjectIdentifiers.id_RSAES_OAEP, new OAEPParameterSpec("SHA-256", "MGF1",
                            MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
            env.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(r, oaep).setProvider(Bc.PROVIDER));
        }
    }

}
