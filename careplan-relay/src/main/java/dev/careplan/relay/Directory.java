package dev.careplan.relay;

import dev.careplan.crypto.OfficeBinding;
import dev.careplan.model.Party;
import dev.careplan.transport.ReceiverCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The relay's directory of registered offices: which parties may connect and receive, by their registered
 * certificates (by fingerprint; several during a rollover), which of those are revoked (an optional
 * {@link CrlFile}), and the current encryption certificate of each, so that a sender can seal for the receiver. A party is read from a certificate with an {@link OfficeBinding}
 * (office number) and the subject's {@code OU} (service kind), the profile of the SDK's test PKI.
 */
public final class Directory {

    /** Per party, its accepted certificates by SHA-256 fingerprint, in order of registration (the last is current). */
    private final Map<Party, Map<String, X509Certificate>> entries = new ConcurrentHashMap<>();
    private volatile CrlFile crl;

    /** Registers a party with its certificate, replacing any registered before. */
    public Directory register(Party party, X509Certificate certificate) {
        Map<String, X509Certificate> one = new LinkedHashMap<>();
        one.put(fingerprint(certificate), certificate);
        entries.put(party, Collections.synchronizedMap(one));
        return this;
    }

    /**
     * Registers another certificate of an already registered party (rollover): both authenticate it, the new one is
     * given to senders for encryption. A party not yet registered is registered.
     */
    public Directory registerAlso(Party party, X509Certificate certificate) {
        entries.computeIfAbsent(party, p -> Collections.synchronizedMap(new LinkedHashMap<>()))
                .put(fingerprint(certificate), certificate);
        return this;
    }

    /**
     * Checks every client certificate against {@code crl} from now on ({@link #isRevoked}); a revoked certificate is
     * refused however it is registered.
     */
    public Directory checkRevocation(CrlFile crl) {
        this.crl = Objects.requireNonNull(crl);
        return this;
    }

    /** True when a CRL given to {@link #checkRevocation} revokes {@code certificate}. */
    public boolean isRevoked(X509Certificate certificate) {
        CrlFile c = crl;
        return c != null && c.isRevoked(certificate);
    }

    /** Removes a party and all its certificates; false when it was not registered. */
    public boolean remove(Party party) {
        return entries.remove(party) != null;
    }

    /**
     * True when {@code certificate} is one registered for the party it names: a certificate is accepted by its SHA-256
     * fingerprint, never by its office number alone (another certificate of the same office, even from a trusted CA,
     * is not the registered one).
     */
    public boolean isRegisteredCertificate(X509Certificate certificate) {
        Optional<Party> party = partyOf(certificate);
        Map<String, X509Certificate> certs = party.map(entries::get).orElse(null);
        return certs != null && certs.containsKey(fingerprint(certificate));
    }

    /** SHA-256 of a certificate's DER encoding, lower-case hex. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(certificate.getEncoded()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }

    /** Registers every {@code *.pem} certificate of a folder under the party it names. */
    public static Directory fromFolder(Path folder) {
        Directory d = new Directory();
        List<X509Certificate> found = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".pem")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    found.add((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
                } catch (CertificateException e) {
                    // Not a certificate (e.g. a CA bundle in another format): not an office.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the office certificates in " + folder, e);
        }
        // Several certificates of one party are its rollover; the one issued last is current.
        found.sort(java.util.Comparator.comparing(X509Certificate::getNotBefore));
        for (X509Certificate c : found) {
            partyOf(c).ifPresent(party -> d.registerAlso(party, c));
        }
        return d;
    }

    /**
     * Makes this directory's registrations those of {@code other} (its revocation check stays): a running relay takes
     * a changed registration folder without a restart.
     */
    public void replaceRegistrations(Directory other) {
        entries.keySet().retainAll(other.entries.keySet());
        entries.putAll(other.entries);
    }

    /** The party a certificate is issued to: office from {@code serialNumber}, kind from {@code OU}. */
    public static Optional<Party> partyOf(X509Certificate certificate) {
        return ReceiverCertificates.partyOf(certificate);
    }

    /** The current certificate of a registered party (the last registered), to seal for it. */
    public Optional<X509Certificate> certificateOf(Party party) {
        Map<String, X509Certificate> certs = entries.get(party);
        if (certs == null) {
            return Optional.empty();
        }
        synchronized (certs) {
            X509Certificate last = null;
            for (X509Certificate c : certs.values()) {
                last = c;
            }
            return Optional.ofNullable(last);
        }
    }

    /** Every certificate registered for a party, oldest first; empty when it is not registered. */
    public List<X509Certificate> certificatesOf(Party party) {
        Map<String, X509Certificate> certs = entries.get(party);
        if (certs == null) {
            return List.of();
        }
        synchronized (certs) {
            return List.copyOf(certs.values());
        }
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
        entries.forEach((party, certs) -> {
            for (X509Certificate cert : certificatesOf(party)) {
                Optional<String> problem = ReceiverCertificates.problem(cert, party, trustAnchors, clock);
                if (problem.isEmpty()) {
                    d.registerAlso(party, cert);
                } else {
                    org.slf4j.LoggerFactory.getLogger(Directory.class).warn("not registered: {}: {}", party,
                            problem.get());
                }
            }
        });
        return d;
    }

    /** All registered parties with their current certificates. */
    public Map<Party, X509Certificate> entries() {
        Map<Party, X509Certificate> out = new java.util.HashMap<>();
        entries.keySet().forEach(p -> certificateOf(p).ifPresent(c -> out.put(p, c)));
        return Collections.unmodifiableMap(out);
    }
}
