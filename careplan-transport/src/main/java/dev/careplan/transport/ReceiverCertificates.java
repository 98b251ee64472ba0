package dev.careplan.transport;

import dev.careplan.crypto.OfficeBinding;
import dev.careplan.model.Party;
import dev.careplan.model.ServiceKind;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Whether a receiver's encryption certificate (受信側事業所の証明書), as a relay's directory hands it out, may be
 * encrypted to: it must chain to the sender's own trust anchors (PKIX, at the clock's time), allow encryption (key
 * usage keyEncipherment or keyAgreement, where the extension is present) and name the intended receiver. A relay
 * that handed out a certificate of its own making could otherwise read every file sealed for it.
 *
 * <p>The directory serves the receiver's certificate alone: where office certificates are issued by an intermediate
 * CA, that intermediate belongs among the trust anchors given here (e.g. in the {@code --trust} file).
 */
public final class ReceiverCertificates {
    private ReceiverCertificates() {
    }

    /**
     * The certificate, checked.
     *
     * @throws TransportException (REFUSED) saying which check failed
     */
    public static X509Certificate verify(X509Certificate certificate, Party receiver,
            List<X509Certificate> trustAnchors, Clock clock) {
        Optional<String> problem = problem(certificate, receiver, trustAnchors, clock);
        if (problem.isPresent()) {
            throw new TransportException(TransportException.Reason.REFUSED, "the certificate the directory gives for "
                    + receiver + " cannot be used: " + problem.get() + "; nothing was sealed for it");
        }
        return certificate;
    }

    /**
     * The party a certificate is issued to (the profile of the SDK's test PKI): office number from the subject's
     * {@code serialNumber} ({@link OfficeBinding}), service kind from its {@code OU}; empty when either is missing.
     */
    public static Optional<Party> partyOf(X509Certificate certificate) {
        var office = OfficeBinding.subjectSerialNumber().officeOf(certificate);
        if (office.isEmpty()) {
            return Optional.empty();
        }
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("OU")) {
                    return Optional.of(new Party(office.get(), ServiceKind.of(rdn.getValue().toString())));
                }
            }
        } catch (InvalidNameException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * What is wrong with the certificate, if anything: the same checks as {@link #verify}, for a relay that registers
     * only certificates its anchors vouch for.
     */
    public static Optional<String> problem(X509Certificate certificate, Party receiver, List<X509Certificate> trustAnchors,
            Clock clock) {
        if (!partyOf(certificate).equals(Optional.of(receiver))) {
            return Optional.of("it is issued to another office or service kind");
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !(usage[2] || usage[4])) {
            return Optional.of("its key usage allows no encryption");
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate a : trustAnchors) {
                anchors.add(new TrustAnchor(a, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            List<X509Certificate> known = new ArrayList<>(trustAnchors);
            known.add(certificate);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(known)));
            params.setDate(Date.from(clock.instant()));
            params.setRevocationEnabled(false);
            CertPathBuilder.getInstance("PKIX").build(params);
            return Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.of("it does not chain to the trusted certificates or is not valid now");
        }
    }
}
