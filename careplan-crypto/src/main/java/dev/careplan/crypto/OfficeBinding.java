package dev.careplan.crypto;

import dev.careplan.model.OfficeNumber;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * How to read the office number (事業所番号) out of a signer's certificate, to check that the office that signed a
 * file is the sender its name says. Pluggable because certificate profiles differ between issuers.
 */
@FunctionalInterface
public interface OfficeBinding {

    /** The office number the certificate is issued to, if it names one. */
    Optional<OfficeNumber> officeOf(X509Certificate certificate);

    /**
     * The default: the subject's {@code serialNumber} attribute (OID 2.5.4.5) holds the 10-digit office number. This
     * is the profile of {@link dev.careplan.crypto.pki.TestPki}; set your own binding for other issuers.
     */
    static OfficeBinding subjectSerialNumber() {
        return attribute(BCStyle.SERIALNUMBER);
    }

    /** The office number held by one subject attribute. */
    static OfficeBinding attribute(ASN1ObjectIdentifier oid) {
        return cert -> {
            X500Principal p = cert.getSubjectX500Principal();
            X500Name name = X500Name.getInstance(p.getEncoded());
            for (RDN rdn : name.getRDNs(oid)) {
                String v = IETFUtils.valueToString(rdn.getFirst().getValue());
                try {
                    return Optional.of(OfficeNumber.of(v));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        };
    }
}
