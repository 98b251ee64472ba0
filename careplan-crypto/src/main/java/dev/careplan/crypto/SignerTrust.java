package dev.careplan.crypto;

import dev.careplan.crypto.EnvelopeException.Failure;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * Whether the signer of an opened file is trusted (送信元の証明書の検証): its key may sign files, and a PKIX path
 * leads from it to a trust anchor, valid at the clock's instant and not revoked by the configured CRLs. Signature
 * verification alone is not trust; this is the other half.
 */
final class SignerTrust {

    /**
     * Extended key usages that allow signing files: S/MIME-style protection, any purpose, and TLS client
     * authentication, which office certificates carry because they also authenticate to the relay.
     */
    private static final Set<String> SIGNING_PURPOSES = Set.of(KeyPurposeId.id_kp_emailProtection.getId(),
            KeyPurposeId.anyExtendedKeyUsage.getId(), KeyPurposeId.id_kp_clientAuth.getId());

    private final Set<TrustAnchor> anchors;
    private final List<X509CRL> crls;
    private final Clock clock;

    SignerTrust(Set<TrustAnchor> anchors, List<X509CRL> crls, Clock clock) {
        this.anchors = anchors;
        this.crls = crls;
        this.clock = clock;
    }

    /**
     * Builds a path from the signer to a trust anchor out of the certificates the sender included (in whatever order
     * and with whatever extras they came), valid at the clock's instant, then checks it against the CRLs.
     */
    void validate(X509Certificate signer, List<X509Certificate> included, Optional<Instant> signingTime)
            throws GeneralSecurityException {
        boolean[] ku = signer.getKeyUsage();
        if (ku != null && !ku[0]) {
            throw new EnvelopeException(Failure.UNUSABLE_KEY, "the signer's certificate is not for digital signatures");
        }
        List<String> eku = signer.getExtendedKeyUsage();
        if (eku != null && eku.stream().noneMatch(SIGNING_PURPOSES::contains)) {
            throw new EnvelopeException(Failure.UNTRUSTED_SIGNER, "the signer's certificate is not for signing files"
                    + " (extended key usage " + eku.stream().map(SignerTrust::purpose).collect(Collectors.joining(", "))
                    + "); a certificate for e-mail protection or TLS client authentication is needed");
        }
        Instant now = clock.instant();
        CertPath path;
        try {
            path = buildPath(signer, included, now);
        } catch (CertPathBuilderException e) {
            // The builder does not say why no path was found; one found at the signing time means a validity period.
            if (!isValidAt(signer, now) || signingTime.isPresent() && builds(signer, included, signingTime.get())) {
                throw new EnvelopeException(Failure.EXPIRED_SIGNER, "a certificate of the signer's path is expired or"
                        + " not yet valid at " + now, e);
            }
            throw new EnvelopeException(Failure.UNTRUSTED_SIGNER, "no certificate path from the signer to a trust"
                    + " anchor", e);
        }
        if (crls.isEmpty()) {
            return;
        }
        PKIXParameters params = new PKIXParameters(anchors);
        params.setDate(Date.from(now));
        params.setRevocationEnabled(true);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
        try {
            // Validated separately from building: the builder drops the reason a path was refused.
            CertPathValidator.getInstance("PKIX").validate(path, params);
        } catch (CertPathValidatorException e) {
            Failure f = switch (e.getReason() instanceof CertPathValidatorException.BasicReason b ? b
                    : CertPathValidatorException.BasicReason.UNSPECIFIED) {
                case EXPIRED, NOT_YET_VALID -> Failure.EXPIRED_SIGNER;
                case REVOKED -> Failure.REVOKED_SIGNER;
                case UNDETERMINED_REVOCATION_STATUS -> Failure.REVOCATION_UNKNOWN;
                default -> Failure.UNTRUSTED_SIGNER;
            };
            throw new EnvelopeException(f, f == Failure.REVOCATION_UNKNOWN ? "no current CRL for a certificate of the"
                    + " signer's path (missing, or past its next update)" : "certificate path: " + e.getReason(), e);
        }
    }

    private static String purpose(String oid) {
        return oid.equals(KeyPurposeId.id_kp_serverAuth.getId()) ? "serverAuth"
                : oid.equals(KeyPurposeId.id_kp_codeSigning.getId()) ? "codeSigning" : oid;
    }

    private CertPath buildPath(X509Certificate signer, List<X509Certificate> included, Instant at)
            throws GeneralSecurityException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(signer);
        PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
        params.setDate(Date.from(at));
        params.setRevocationEnabled(false);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(included)));
        return CertPathBuilder.getInstance("PKIX").build(params).getCertPath();
    }

    private boolean builds(X509Certificate signer, List<X509Certificate> included, Instant at)
            throws GeneralSecurityException {
        try {
            buildPath(signer, included, at);
            return true;
        } catch (CertPathBuilderException e) {
            return false;
        }
    }

    private static boolean isValidAt(X509Certificate c, Instant at) {
        return !at.isBefore(c.getNotBefore().toInstant()) && !at.isAfter(c.getNotAfter().toInstant());
    }
}
