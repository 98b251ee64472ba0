package dev.careplan.crypto;

import dev.careplan.crypto.EnvelopeException.Failure;
import dev.careplan.crypto.internal.AtomicFiles;
import dev.careplan.crypto.internal.Bc;
import dev.careplan.crypto.internal.ContentChunks;
import dev.careplan.crypto.internal.DecryptedContent;
import dev.careplan.crypto.internal.Digests;
import dev.careplan.crypto.internal.OwnIo;
import dev.careplan.crypto.internal.SignerKeys;
import dev.careplan.crypto.internal.StreamingRecipients;
import dev.careplan.model.CareplanFileName;
import dev.careplan.model.OfficeNumber;
import dev.careplan.model.Party;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1SequenceParser;
import org.bouncycastle.asn1.ASN1StreamParser;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAuthEnvelopedDataParser;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.CMSSignedDataParser;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.SignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * Opens sealed care-plan files in explicit steps, each of which must pass before the next: check the algorithms
 * against an allow-list (AES-256-GCM AuthEnvelopedData, RSA-OAEP with SHA-256 or better or ECDH, SHA-256/384/512
 * signatures by RSA, RSASSA-PSS or ECDSA), decrypt with the receiving office's key (AES-GCM authentication), verify
 * the signature, build and validate the signer's certificate path (PKIX from the included certificates to the
 * configured trust anchors, validity at the injected clock, key usage and extended key usage, revocation by the
 * configured CRLs), refuse a signing time in the future, check that the names are plain file names and the delivered
 * name is the signed name, and check that the signer's office is the sender office of the name and this office its
 * receiver. Plain bytes are written to a temporary file and appear under the final name only when every check passed
 * and no different file of that name exists; on failure an {@link EnvelopeException} says which check failed.
 */
public final class Opener {

    /** How far a sender's clock may run ahead of the opener's before its signing time is refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    // Immutable once made (read-only tables, and a digest provider that makes a new digest per call): shared, since
    // making them anew for each file was a noticeable part of opening a small one.
    private static final CMSSignatureAlgorithmNameGenerator SIGNATURE_NAMES =
            new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final SignatureAlgorithmIdentifierFinder SIGNATURE_ALGORITHMS =
            new DefaultSignatureAlgorithmIdentifierFinder();
    private static final DigestCalculatorProvider SIGNED_ATTRIBUTE_DIGESTS = signedAttributeDigests();

    private final OfficeCredentials recipient;
    private final Set<TrustAnchor> anchors;
    private final List<X509CRL> crls;
    private final Clock clock;
    private final OfficeBinding binding;

    private Opener(OfficeCredentials recipient, Set<TrustAnchor> anchors, List<X509CRL> crls, Clock clock,
            OfficeBinding binding) {
        this.recipient = recipient;
        this.anchors = anchors;
        this.crls = crls;
        this.clock = clock;
        this.binding = binding;
    }

    private static DigestCalculatorProvider signedAttributeDigests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An opener for {@code recipient} trusting {@code trustAnchors}, no CRLs, system clock, default office binding. */
    public static Opener of(OfficeCredentials recipient, List<X509Certificate> trustAnchors) {
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is needed");
        }
        Set<TrustAnchor> set = new HashSet<>();
        for (X509Certificate c : trustAnchors) {
            set.add(new TrustAnchor(c, null));
        }
        return new Opener(Objects.requireNonNull(recipient), Set.copyOf(set), List.of(), Clock.systemUTC(),
                OfficeBinding.subjectSerialNumber());
    }

    /** This opener checking revocation against {@code crls}. */
    public Opener withCrls(List<X509CRL> list) {
        return new Opener(recipient, anchors, List.copyOf(list), clock, binding);
    }

    /** This opener judging validity at the instants of {@code c}. */
    public Opener withClock(Clock c) {
        return new Opener(recipient, anchors, crls, Objects.requireNonNull(c), binding);
    }

    /** This opener reading the signer's office with {@code b}. */
    public Opener withOfficeBinding(OfficeBinding b) {
        return new Opener(recipient, anchors, crls, clock, Objects.requireNonNull(b));
    }

    /**
     * Opens {@code envelope} (named {@code <standard name>.p7m}) into {@code outFolder}.
     *
     * @throws EnvelopeException when a check fails; nothing is then written under the final name
     */
    public OpenedFile open(Path envelope, Path outFolder) throws IOException {
        String delivered = envelope.getFileName().toString();
        if (delivered.endsWith(".p7m")) {
            delivered = delivered.substring(0, delivered.length() - 4);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(envelope), 1 << 16)) {
            return open(in, delivered, outFolder);
        }
    }

    /**
     * Opens an envelope read from {@code in}, delivered under the standard name {@code deliveredName}, into
     * {@code outFolder}. The delivered and the signed name must be plain file names (no path separator, no
     * {@code ..}, no NUL): the file is written directly into {@code outFolder}, which is created if missing.
     *
     * @throws EnvelopeException when a check fails; nothing is then written under the final name, and a file
     *         already there is left as it was (when it has the same bytes, opening succeeds without writing)
     */
    public OpenedFile open(InputStream in, String deliveredName, Path outFolder) throws IOException {
        checkPlainName(deliveredName, "delivered");
        checkStandardName(deliveredName, "delivered");
        Path plainTmp = AtomicFiles.tempIn(outFolder, deliveredName);
        try {
            Verified v = decryptAndVerify(OwnIo.guard(in), plainTmp);
            v.signedName.ifPresent(n -> checkPlainName(n, "signed"));
            v.signedName.ifPresent(n -> checkStandardName(n, "signed"));
            String name = v.signedName.orElse(deliveredName);
            if (v.signedName.isPresent() && !v.signedName.get().equals(deliveredName)) {
                throw new EnvelopeException(Failure.NAME_MISMATCH, "signed as " + v.signedName.get()
                        + ", delivered as " + deliveredName);
            }
            Party sender = checkOffices(name, v.signer);
            Path target = outFolder.resolve(name);
            // Identical bytes are a re-open (say after a crash before the caller recorded the first): nothing to do.
            if (!AtomicFiles.commitNew(plainTmp, target) && Files.mismatch(plainTmp, target) != -1) {
                throw new EnvelopeException(Failure.ALREADY_EXISTS, "a different file named " + name
                        + " is in the output folder");
            }
            return new OpenedFile(target, name, v.signedName.isPresent(), sender, v.signer, v.signingTime);
        } finally {
            Files.deleteIfExists(plainTmp);
        }
    }

    /**
     * Decrypts and verifies. Whatever the envelope's bytes are, the outcome is a result, an
     * {@link EnvelopeException} or an I/O failure of the source or of the temporary files: Bouncy Castle reports
     * malformed, truncated or absurdly long ASN.1 as {@link IOException}s and runtime exceptions of its own, and
     * those are the sender's content, so they become {@link Failure#MALFORMED} here.
     */
    private Verified decryptAndVerify(InputStream in, Path plainTmp) throws IOException {
        try {
            DecryptedContent signed = decrypt(in.markSupported() ? in : new BufferedInputStream(in, 1 << 16));
            try {
                return verify(signed, plainTmp);
            } catch (IOException | RuntimeException e) {
                if (!marked(e, DecryptedContent.Tampered.class) && !marked(e, OwnIo.Failure.class)) {
                    // The content was refused before its end was read: a changed ciphertext can look like anything,
                    // so the tag decides whether this is the sender's content or tampering.
                    signed.drain();
                }
                throw e;
            } finally {
                closeRead(signed);
            }
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle wraps what it read in its own exceptions: a failure of our own streams is found below.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OwnIo.Failure f) {
                    throw f.original();
                }
            }
            if (marked(e, DecryptedContent.Tampered.class)) {
                // Reading decrypts; GCM reports a changed ciphertext or tag as a failure of the read.
                throw new EnvelopeException(Failure.TAMPERED, "AES-GCM authentication failed", e);
            }
            if (e instanceof EnvelopeException x) {
                throw x;
            }
            throw new EnvelopeException(Failure.MALFORMED, "the envelope cannot be parsed ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Closes a stream that was read: its source is the caller's, and a failure to close it changes no outcome. */
    private static void closeRead(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was left to read from it.
        }
    }

    private static boolean marked(Throwable e, Class<? extends IOException> mark) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (mark.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a name outside the standard's file-name grammar, so that only a name of the standard (never, say,
     * {@code …_11_evil.sh}) is written, whether or not the sender signed it.
     */
    private static void checkStandardName(String name, String which) {
        if (CareplanFileName.tryParse(name).isEmpty()) {
            throw new EnvelopeException(Failure.UNSAFE_NAME, "the " + which + " name is not a file name of the"
                    + " standard (PREFIX[_YYYYMM]_SENDER_KIND_RECEIVER_KIND_SEQUENCE.CSV)");
        }
    }

    /** Refuses a name that is not one plain file name in the out folder, before it is used in any path. */
    private static void checkPlainName(String name, String which) {
        if (name.isEmpty() || name.equals(".") || name.contains("..") || name.contains("/") || name.contains("\\")
                || name.indexOf('\0') >= 0) {
            throw new EnvelopeException(Failure.UNSAFE_NAME, "the " + which + " name is not a plain file name");
        }
    }

    /**
     * Reads the content type at the start of the envelope without consuming it: Bouncy Castle's parser does not check
     * it, and would take an EnvelopedData for damaged AuthEnvelopedData.
     */
    private static void checkContentType(InputStream in) throws IOException {
        int peek = 1024;
        in.mark(peek);
        ASN1ObjectIdentifier type = null;
        try {
            if (new ASN1StreamParser(in, peek).readObject() instanceof ASN1SequenceParser seq
                    && seq.readObject() instanceof ASN1ObjectIdentifier oid) {
                type = oid;
            }
        } catch (OwnIo.Failure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Not DER: refused below.
        }
        try {
            in.reset();
        } catch (IOException e) {
            throw new EnvelopeException(Failure.MALFORMED, "not a CMS content info", e);
        }
        String expected = "; AES-256-GCM AuthEnvelopedData is expected";
        if (type == null) {
            throw new EnvelopeException(Failure.MALFORMED, "not a CMS content info" + expected);
        }
        if (type.equals(CMSObjectIdentifiers.envelopedData)) {
            throw new EnvelopeException(Failure.WEAK_ALGORITHM, "EnvelopedData, encrypted without authentication"
                    + expected);
        }
        if (!type.equals(CMSObjectIdentifiers.authEnvelopedData)) {
            throw new EnvelopeException(Failure.MALFORMED, "content type " + type.getId() + expected);
        }
    }

    /**
     * The decrypted content, read as it is decrypted: the signed data is parsed from it in the same pass, and its tag
     * is checked at its end (see {@link DecryptedContent}).
     */
    private DecryptedContent decrypt(InputStream in) throws IOException {
        checkContentType(in);
        CMSAuthEnvelopedDataParser parser;
        try {
            parser = new CMSAuthEnvelopedDataParser(in);
        } catch (CMSException | RuntimeException e) {
            throw new EnvelopeException(Failure.MALFORMED, "not AuthEnvelopedData", e);
        }
        AlgorithmPolicy.checkContentEncryption(parser.getEncryptionAlgOID());
        X509CertificateHolder mine;
        try {
            mine = new X509CertificateHolder(recipient.certificate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new EnvelopeException(Failure.UNUSABLE_KEY, "recipient certificate", e);
        }
        List<RecipientInformation> matches = new ArrayList<>();
        for (RecipientInformation ri : parser.getRecipientInfos().getRecipients()) {
            if (ri.getRID().match(mine)) {
                matches.add(ri);
            }
        }
        if (matches.isEmpty()) {
            throw new EnvelopeException(Failure.NOT_FOR_THIS_RECIPIENT, "no recipient info for "
                    + recipient.certificate().getSubjectX500Principal().getName());
        }
        return new DecryptedContent(recover(matches).getContentStream());
    }

    /**
     * The content stream from the first recipient info whose key this office can unwrap. Several may carry this
     * office's certificate id (CAs of the same name can issue the same issuer and serial number), so all are tried.
     */
    private CMSTypedStream recover(List<RecipientInformation> matches) throws IOException {
        EnvelopeException weak = null;
        Exception failed = null;
        for (RecipientInformation ri : matches) {
            Recipient r;
            if (ri instanceof KeyAgreeRecipientInformation) {
                try {
                    AlgorithmPolicy.checkKeyAgreement(ri.getKeyEncryptionAlgorithm());
                } catch (EnvelopeException e) {
                    weak = weak == null ? e : weak;
                    continue;
                }
                r = StreamingRecipients.keyAgree(recipient.privateKey());
            } else {
                try {
                    AlgorithmPolicy.checkKeyTransport(ri.getKeyEncryptionAlgorithm());
                } catch (EnvelopeException e) {
                    weak = weak == null ? e : weak;
                    continue;
                }
                r = StreamingRecipients.keyTrans(recipient.privateKey());
            }
            try {
                return ri.getContentStream(r);
            } catch (CMSException | RuntimeException e) {
                failed = e;
            }
        }
        if (failed == null) {
            throw weak;
        }
        // A recipient info carries this office's certificate id, so the envelope was made for it.
        throw new EnvelopeException(Failure.TAMPERED, "the key for this recipient could not be unwrapped (damaged, or"
                + " made for another key with the same certificate id)", failed);
    }

    private record Verified(X509Certificate signer, Optional<String> signedName, Optional<Instant> signingTime) {
    }

    private Verified verify(DecryptedContent signed, Path plainTmp) throws IOException {
        try {
            // Not closed here: after a refusal the caller still reads to the end, for the tag.
            InputStream in = new BufferedInputStream(signed, 1 << 16);
            CMSSignedDataParser sp = new CMSSignedDataParser(Digests.PROVIDER, in);
            CMSTypedStream signedContent = sp.getSignedContent();
            if (signedContent == null) {
                throw new EnvelopeException(Failure.MALFORMED, "the signed data carries no content");
            }
            try (InputStream c = signedContent.getContentStream();
                    OutputStream out = new BufferedOutputStream(OwnIo.write(plainTmp), 1 << 16)) {
                ContentChunks.copy(c, out);
            }
            Store<X509CertificateHolder> certs = sp.getCertificates();
            Collection<SignerInformation> signers = sp.getSignerInfos().getSigners();
            // Everything is read: the tag is checked before anything read is believed.
            signed.drain();
            if (signers.size() != 1) {
                throw new EnvelopeException(Failure.MALFORMED, "expected one signer, found " + signers.size());
            }
            SignerInformation si = signers.iterator().next();
            AlgorithmPolicy.checkSignature(si);
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = certs.getMatches(si.getSID());
            if (matches.isEmpty()) {
                throw new EnvelopeException(Failure.BAD_SIGNATURE, "the signer's certificate is not included");
            }
            X509CertificateHolder holder = matches.iterator().next();
            Optional<PublicKey> signerKey = SignerKeys.of(holder.getSubjectPublicKeyInfo());
            boolean ok;
            try {
                ok = si.verify(verifier(holder, signerKey));
            } catch (org.bouncycastle.cms.CMSVerifierCertificateNotValidException e) {
                throw new EnvelopeException(Failure.EXPIRED_SIGNER, "the certificate was not valid at the signing"
                        + " time", e);
            } catch (CMSException e) {
                ok = false;
            }
            if (!ok) {
                throw new EnvelopeException(Failure.BAD_SIGNATURE, "signature verification failed");
            }
            // The platform's certificates: its factory keeps the certificates it parsed (by their whole encoding),
            // and each of them remembers the key its signature last verified with, so that the certificate path of a
            // sender seen before is not verified again (see SignerTrust).
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            X509Certificate signer = certificate(factory, holder);
            List<X509Certificate> included = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = certs.getMatches(null);
            for (X509CertificateHolder h : all) {
                included.add(certificate(factory, h));
            }
            AttributeTable attrs = si.getSignedAttributes();
            Optional<String> name = signedName(attrs);
            Optional<Instant> time = signingTime(attrs);
            Instant latest = clock.instant().plus(CLOCK_SKEW);
            if (time.isPresent() && time.get().isAfter(latest)) {
                throw new EnvelopeException(Failure.FUTURE_SIGNING_TIME, "the signing time lies in the future: "
                        + time.get() + ", later than " + latest + " (this clock plus " + CLOCK_SKEW.toMinutes()
                        + " minutes)");
            }
            new SignerTrust(anchors, crls, clock).validate(signer, included, time);
            if (signerKey.isPresent()) {
                SignerKeys.remember(holder.getSubjectPublicKeyInfo(), signerKey.get());
            }
            return new Verified(signer, name, time);
        } catch (EnvelopeException e) {
            throw e;
        } catch (CMSException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            throw new EnvelopeException(Failure.MALFORMED, "signed data cannot be parsed", e);
        }
    }

    /**
     * Verifies with the signer's key kept from earlier files where there is one (see {@link SignerKeys}); the
     * certificate stays attached, so that Bouncy Castle still refuses a certificate that was not valid at the signing
     * time, as it does with a verifier built from the certificate.
     */
    private static SignerInformationVerifier verifier(X509CertificateHolder holder, Optional<PublicKey> key)
            throws OperatorCreationException, CertificateException {
        if (key.isEmpty()) {
            return new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.PROVIDER).build(holder);
        }
        ContentVerifierProvider byKey = new JcaContentVerifierProviderBuilder().setProvider(Bc.PROVIDER)
                .build(key.get());
        ContentVerifierProvider withCertificate = new ContentVerifierProvider() {
            @Override
            public boolean hasAssociatedCertificate() {
                return true;
            }

            @Override
            public X509CertificateHolder getAssociatedCertificate() {
                return holder;
            }

            @Override
            public ContentVerifier get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
                return byKey.get(algorithm);
            }
        };
        return new SignerInformationVerifier(SIGNATURE_NAMES, SIGNATURE_ALGORITHMS, withCertificate,
                SIGNED_ATTRIBUTE_DIGESTS);
    }

    private static X509Certificate certificate(CertificateFactory factory, X509CertificateHolder h)
            throws IOException, CertificateException {
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(h.getEncoded()));
    }

    private static Optional<String> signedName(AttributeTable attrs) {
        Attribute a = single(attrs, Sealer.SIGNED_FILE_NAME, "signed file name");
        if (a == null) {
            return Optional.empty();
        }
        if (!(a.getAttrValues().getObjectAt(0) instanceof ASN1String s)) {
            throw new EnvelopeException(Failure.MALFORMED, "the signed file name is not a string");
        }
        return Optional.of(s.getString());
    }

    private static Optional<Instant> signingTime(AttributeTable attrs) {
        Attribute t = single(attrs, CMSAttributes.signingTime, "signing time");
        try {
            return t == null ? Optional.empty()
                    : Optional.of(Time.getInstance(t.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (IllegalArgumentException e) {
            throw new EnvelopeException(Failure.MALFORMED, "the signing time is not a time", e);
        }
    }

    /** The attribute of {@code type}, null when absent; two of them or two values would be ambiguous. */
    private static Attribute single(AttributeTable attrs, ASN1ObjectIdentifier type, String what) {
        if (attrs == null || attrs.get(type) == null) {
            return null;
        }
        if (attrs.getAll(type).size() != 1 || attrs.get(type).getAttrValues().size() != 1) {
            throw new EnvelopeException(Failure.MALFORMED, "the " + what + " attribute holds more than one value");
        }
        return attrs.get(type);
    }

    /** Checks the signer against the sender of the name and this office against its receiver; returns the sender. */
    private Party checkOffices(String name, X509Certificate signer) {
        Optional<CareplanFileName> parsed = CareplanFileName.tryParse(name);
        if (parsed.isEmpty()) {
            throw new EnvelopeException(Failure.NAME_MISMATCH, "the file name names no sender office");
        }
        Party sender = parsed.get().sender();
        Optional<OfficeNumber> office = binding.officeOf(signer);
        if (office.isEmpty() || !office.get().equals(sender.office())) {
            throw new EnvelopeException(Failure.OFFICE_MISMATCH, "signer office "
                    + office.map(OfficeNumber::value).orElse("(none)") + ", sender in name " + sender.office());
        }
        OfficeNumber receiver = parsed.get().receiver().office();
        Optional<OfficeNumber> me = binding.officeOf(recipient.certificate());
        if (me.isEmpty() || !me.get().equals(receiver)) {
            throw new EnvelopeException(Failure.RECEIVER_MISMATCH, "receiver in name " + receiver + ", this office "
                    + me.map(OfficeNumber::value).orElse("(none in its certificate)"));
        }
        return sender;
    }
}
