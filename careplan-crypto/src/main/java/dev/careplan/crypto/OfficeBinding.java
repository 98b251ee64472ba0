package dev.careplan.crypto;

import dev.careplan.model.OfficeNumber;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * How to read the office number (事業所番号) out of a signer's certificate, to check that the office that signed a
 * file is the sender its name says. Pluggable because certificate profiles differ between issuers.
 */
@FunctionalInterface
public interface OfficeBinding {

    /** The office number the certificate is issued to, if it names exactly one. */
    Optional<OfficeNumber> officeOf(X509Certificate certificate);

    /**
     * The default: the subject's {@code serialNumber} attribute (OID 2.5.4.5) holds the 10-digit office number. This
     * is the profile of {@link dev.careplan.crypto.pki.TestPki}; set your own binding for other issuers.
     */
    static OfficeBinding subjectSerialNumber() {
        return attribute(BCStyle.SERIALNUMBER);
    }

    /**
     * The office number held by one subject attribute. Every attribute of that type is read, also inside
     * multi-valued RDNs ({@code CN=...+serialNumber=...}); a subject with none, with more than one, or with a value
     * that is not an office number names no office.
     */
    static OfficeBinding attribute(ASN1ObjectIdentifier oid) {
        return cert -> {
            X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
            List<ASN1Encodable> values = new ArrayList<>();
            for (RDN rdn : name.getRDNs()) {
                for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                    if (tv.getType().equals(oid)) {
                        values.add(tv.getValue());
                    }
                }
            }
            // With two values the certificate could be read as either office.
            if (values.size() != 1 || !(values.get(0) instanceof ASN1String s)) {
                return Optional.empty();
            }
            try {
                return Optional.of(OfficeNumber.of(s.getString()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        };
    }
}
