package dev.careplan.crypto;

import dev.careplan.crypto.EnvelopeException.Failure;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/**
 * The algorithms an envelope may use when opened: AES-256-GCM content encryption, RSAES-OAEP key transport with a
 * SHA-2 hash of 256 bits or more (ECDH key agreement is accepted as is), and signatures with SHA-256/384/512 by RSA
 * (PKCS#1 v1.5 or PSS) or ECDSA. Anything else is refused as {@link Failure#WEAK_ALGORITHM}.
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

    private AlgorithmPolicy() {
    }

    static void checkContentEncryption(AlgorithmIdentifier alg) {
        if (!NISTObjectIdentifiers.id_aes256_GCM.equals(alg.getAlgorithm())) {
            throw refused("content encryption " + name(alg.getAlgorithm()) + "; AES-256-GCM is required");
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
