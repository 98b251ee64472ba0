package dev.careplan.crypto;

import dev.careplan.crypto.EnvelopeException.Failure;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/**
 * The algorithms an envelope may use when opened: AES-256-GCM content encryption with a 16-byte tag, RSAES-OAEP key
 * transport with a SHA-2 hash of 256 bits or more, or ECDH key agreement with a SHA-2 KDF of 256 bits or more, and
 * signatures with SHA-256/384/512 by RSA (PKCS#1 v1.5 or PSS) or ECDSA. Anything else is refused as
 * {@link Failure#WEAK_ALGORITHM}.
 *
 * <p>Decided where the standards leave a choice: <b>MGF1 with SHA-1</b> inside OAEP is accepted (the JCA's
 * {@code OAEPWithSHA-256AndMGF1Padding} makes it, so many senders do; MGF1 needs no collision resistance, which is
 * what SHA-1 lost), other MGF1 hashes must be SHA-256 or better. A <b>12- to 15-byte GCM tag</b> (RFC 5084 allows
 * 12 to 16) is refused: every sealer we meet writes 16 bytes, and a shorter tag only makes forgery easier. A signer
 * certificate <b>without extended key usage</b> is accepted, as RFC 5280 reads it (any purpose), still needing the
 * key usage digitalSignature (see {@link SignerTrust}).
 */
final class AlgorithmPolicy {

    private static final Set<ASN1ObjectIdentifier> DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256,
            NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    // rsaEncryption and id-ecPublicKey name the key only; the hash is then the signer info's digest algorithm.
    private static final Set<ASN1ObjectIdentifier> SIGNATURES = Set.of(PKCSObjectIdentifiers.rsaEncryption,
            PKCSObjectIdentifiers.sha256WithRSAEncryption, PKCSObjectIdentifiers.sha384WithRSAEncryption,
            PKCSObjectIdentifiers.sha512WithRSAEncryption, X9ObjectIdentifiers.id_ecPublicKey,
            X9ObjectIdentifiers.ecdsa_with_SHA256, X9ObjectIdentifiers.ecdsa_with_SHA384,
            X9ObjectIdentifiers.ecdsa_with_SHA512);

    private static final Set<ASN1ObjectIdentifier> KEY_AGREEMENTS = Set.of(
            SECObjectIdentifiers.dhSinglePass_stdDH_sha256kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_stdDH_sha384kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_stdDH_sha512kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_cofactorDH_sha256kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_cofactorDH_sha384kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_cofactorDH_sha512kdf_scheme);

    /** AES-GCM's tag length: RFC 5084 allows 12 to 16 bytes, every sealer we meet (this SDK, OpenSSL) writes 16. */
    static final int GCM_TAG_BYTES = 16;

    private AlgorithmPolicy() {
    }

    static void checkContentEncryption(AlgorithmIdentifier alg) {
        if (!NISTObjectIdentifiers.id_aes256_GCM.equals(alg.getAlgorithm())) {
            throw refused("content encryption " + name(alg.getAlgorithm()) + "; AES-256-GCM is required");
        }
        int tag;
        try {
            tag = GCMParameters.getInstance(alg.getParameters()).getIcvLen();
        } catch (RuntimeException e) {
            throw new EnvelopeException(Failure.MALFORMED, "the AES-GCM parameters cannot be read", e);
        }
        if (tag != GCM_TAG_BYTES) {
            throw refused("AES-GCM with a " + tag + "-byte authentication tag; a " + GCM_TAG_BYTES
                    + "-byte tag is required");
        }
    }

    /** Checks an RSA key transport algorithm (not used for key agreement recipients). */
    static void checkKeyTransport(AlgorithmIdentifier alg) {
        String required = "; RSAES-OAEP with SHA-256 or better is required";
        if (PKCSObjectIdentifiers.rsaEncryption.equals(alg.getAlgorithm())) {
            throw refused("key transport RSA PKCS#1 v1.5" + required);
        }
        if (!PKCSObjectIdentifiers.id_RSAES_OAEP.equals(alg.getAlgorithm())) {
            throw refused("key transport " + name(alg.getAlgorithm()) + required);
        }
        ASN1ObjectIdentifier hash = hash(alg);
        if (!DIGESTS.contains(hash)) {
            throw refused("key transport RSAES-OAEP with " + name(hash) + required);
        }
        ASN1ObjectIdentifier mgf = mgf1Hash(alg);
        if (!DIGESTS.contains(mgf) && !OIWObjectIdentifiers.idSHA1.equals(mgf)) {
            throw refused("key transport RSAES-OAEP with MGF1 over " + name(mgf) + required);
        }
    }

    /** The hash of OAEP's mask generation function (MGF1 is the only one defined); absent, RFC 8017's SHA-1. */
    private static ASN1ObjectIdentifier mgf1Hash(AlgorithmIdentifier alg) {
        ASN1Encodable p = alg.getParameters();
        if (p == null || p instanceof ASN1Null) {
            return OIWObjectIdentifiers.idSHA1;
        }
        try {
            AlgorithmIdentifier mgf = RSAESOAEPparams.getInstance(p).getMaskGenAlgorithm();
            if (!PKCSObjectIdentifiers.id_mgf1.equals(mgf.getAlgorithm())) {
                throw refused("key transport RSAES-OAEP with mask generation " + name(mgf.getAlgorithm())
                        + "; MGF1 is required");
            }
            return AlgorithmIdentifier.getInstance(mgf.getParameters()).getAlgorithm();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EnvelopeException(Failure.MALFORMED, "the mask generation of RSAES-OAEP cannot be read", e);
        }
    }

    /**
     * Checks an ECDH key agreement scheme: its KDF (ANSI X9.63) must hash with SHA-256 or better, as RSA-OAEP must;
     * the SHA-1 and SHA-224 KDF schemes (which OpenSSL still makes on request) are refused.
     */
    static void checkKeyAgreement(AlgorithmIdentifier alg) {
        if (!KEY_AGREEMENTS.contains(alg.getAlgorithm())) {
            throw refused("key agreement " + name(alg.getAlgorithm()) + "; ECDH (standard or cofactor) with a"
                    + " SHA-256, SHA-384 or SHA-512 KDF is required");
        }
    }

    static void checkSignature(SignerInformation si) {
        String required = "; a signature with SHA-256, SHA-384 or SHA-512 by RSA, RSASSA-PSS or ECDSA is required";
        ASN1ObjectIdentifier digest = si.getDigestAlgorithmID().getAlgorithm();
        if (!DIGESTS.contains(digest)) {
            throw refused("signature digest " + name(digest) + required);
        }
        ASN1ObjectIdentifier sig = new ASN1ObjectIdentifier(si.getEncryptionAlgOID());
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(sig)) {
            ASN1ObjectIdentifier hash = hash(si.toASN1Structure().getDigestEncryptionAlgorithm());
            if (!DIGESTS.contains(hash)) {
                throw refused("signature RSASSA-PSS with " + name(hash) + required);
            }
        } else if (!SIGNATURES.contains(sig)) {
            throw refused("signature " + name(sig) + required);
        }
    }

    /** The hash of RSAES-OAEP or RSASSA-PSS parameters; absent parameters mean RFC 8017's default, SHA-1. */
    private static ASN1ObjectIdentifier hash(AlgorithmIdentifier alg) {
        ASN1Encodable p = alg.getParameters();
        if (p == null || p instanceof ASN1Null) {
            return OIWObjectIdentifiers.idSHA1;
        }
        try {
            return PKCSObjectIdentifiers.id_RSAES_OAEP.equals(alg.getAlgorithm())
                    ? RSAESOAEPparams.getInstance(p).getHashAlgorithm().getAlgorithm()
                    : RSASSAPSSparams.getInstance(p).getHashAlgorithm().getAlgorithm();
        } catch (IllegalArgumentException e) {
            throw new EnvelopeException(Failure.MALFORMED, "the parameters of " + name(alg.getAlgorithm())
                    + " cannot be read", e);
        }
    }

    private static EnvelopeException refused(String detail) {
        return new EnvelopeException(Failure.WEAK_ALGORITHM, detail);
    }

    private static String name(ASN1ObjectIdentifier oid) {
        String n = new DefaultAlgorithmNameFinder().getAlgorithmName(oid);
        return n.equals(oid.getId()) ? oid.getId() : n + " (" + oid.getId() + ")";
    }
}
