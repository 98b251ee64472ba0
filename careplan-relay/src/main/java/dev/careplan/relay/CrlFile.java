package dev.careplan.relay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A certificate revocation list (失効リスト) kept in a file that its operator replaces when the CA issues a new one:
 * read again whenever the file's time or size changes, so a revocation takes effect at the next request without a
 * restart. Only CRLs signed by one of the given issuers (the relay's trust anchors) are used. A replacement that
 * cannot be read or is not signed by an issuer is said in the log and the previous list stays in force (a broken
 * file must not lift a revocation). Thread-safe.
 */
public final class CrlFile {

    private static final Logger LOG = LoggerFactory.getLogger(CrlFile.class);

    private final Path file;
    private final List<X509Certificate> issuers;
    private volatile Loaded loaded;

    private record Loaded(FileTime time, long size, List<X509CRL> crls) {
    }

    private CrlFile(Path file, List<X509Certificate> issuers, Loaded loaded) {
        this.file = file;
        this.issuers = issuers;
        this.loaded = loaded;
    }

    /**
     * Reads {@code file} (PEM or DER, one or more CRLs) and watches it.
     *
     * @throws IllegalArgumentException when it holds no CRL signed by one of {@code issuers}
     * @throws UncheckedIOException     when it cannot be read
     */
    public static CrlFile watch(Path file, List<X509Certificate> issuers) {
        List<X509Certificate> copy = List.copyOf(issuers);
        try {
            return new CrlFile(file, copy, load(file, copy));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CRL file " + file, e);
        }
    }

    /** True when {@code certificate} is revoked by the current list (read again first if the file changed). */
    public boolean isRevoked(X509Certificate certificate) {
        refresh();
        for (X509CRL crl : loaded.crls()) {
            if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())
                    && crl.isRevoked(certificate)) {
                return true;
            }
        }
        return false;
    }

    /** The file watched. */
    public Path file() {
        return file;
    }

    private void refresh() {
        Loaded now = loaded;
        try {
            if (Files.getLastModifiedTime(file).equals(now.time()) && Files.size(file) == now.size()) {
                return;
            }
        } catch (IOException e) {
            LOG.warn("CRL file {} cannot be read; the list read before stays in force", file);
            return;
        }
        synchronized (this) {
            if (loaded != now) {
                return;
            }
            try {
                loaded = load(file, issuers);
                LOG.info("CRL file {} read again: {} lists", file, loaded.crls().size());
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("CRL file {} changed but cannot be used ({}); the list read before stays in force", file,
                        e.getMessage());
            }
        }
    }

    private static Loaded load(Path file, List<X509Certificate> issuers) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        List<X509CRL> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (var c : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                X509CRL crl = (X509CRL) c;
                out.add(verified(crl, issuers));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + " is not a PEM or DER CRL file", e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no CRL");
        }
        return new Loaded(time, size, List.copyOf(out));
    }

    private static X509CRL verified(X509CRL crl, List<X509Certificate> issuers) {
        for (X509Certificate issuer : issuers) {
            if (issuer.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
                try {
                    crl.verify(issuer.getPublicKey());
                    return crl;
                } catch (GeneralSecurityException e) {
                    // Another issuer of the same name may have signed it.
                }
            }
        }
        throw new IllegalArgumentException("a CRL of " + crl.getIssuerX500Principal().getName()
                + " is not signed by a trusted issuer");
    }

    @Override
    public String toString() {
        return "CrlFile[" + Objects.toString(file) + "]";
    }
}
