package dev.careplan.transport;

import dev.careplan.crypto.OfficeBinding;
import dev.careplan.model.Party;
import dev.careplan.model.ServiceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The relay's directory of registered offices: which parties may receive, and the encryption certificate of each,
 * so that a sender can seal for the receiver. A party is read from a certificate with an {@link OfficeBinding}
 * (office number) and the subject's {@code OU} (service kind), the profile of the SDK's test PKI.
 */
public final class Directory {

    private final Map<Party, X509Certificate> entries = new ConcurrentHashMap<>();

    /** Registers a party with its certificate. */
    public Directory register(Party party, X509Certificate certificate) {
        entries.put(party, certificate);
        return this;
    }

    /** Registers every {@code *.pem} certificate of a folder under the party it names. */
    public static Directory fromFolder(Path folder) {
        Directory d = new Directory();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".pem")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
                    partyOf(c).ifPresent(party -> d.register(party, c));
                } catch (CertificateException e) {
                    // Not a certificate (e.g. a CA bundle in another format): not an office.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the office certificates in " + folder, e);
        }
        return d;
    }

    /** The party a certificate is issued to: office from {@code serialNumber}, kind from {@code OU}. */
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

    /** The certificate of a registered party. */
    public Optional<X509Certificate> certificateOf(Party party) {
        return Optional.ofNullable(entries.get(party));
    }

    /** True when the party is registered. */
    public boolean isRegistered(Party party) {
        return entries.containsKey(party);
    }

    /**
     * This directory without the certificates that do not chain to {@code trustAnchors}, are not valid at the
     * clock's time or allow no encryption (each skipped one is said in the log): a relay registers only offices
     * its clients can trust.
     */
    public Directory onlyTrusted(java.util.List<X509Certificate> trustAnchors, java.time.Clock clock) {
        Directory d = new Directory();
        entries.forEach((party, cert) -> {
            Optional<String> problem = ReceiverCertificates.problem(cert, party, trustAnchors, clock);
            if (problem.isEmpty()) {
                d.register(party, cert);
            } else {
                org.slf4j.LoggerFactory.getLogger(Directory.class).warn("not registered: {}: {}", party,
                        problem.get());
            }
        });
        return d;
    }

    /** All registered parties. */
    public Map<Party, X509Certificate> entries() {
        return Collections.unmodifiableMap(entries);
    }
}
