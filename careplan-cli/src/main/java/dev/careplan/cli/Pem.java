package dev.careplan.cli;

import dev.careplan.crypto.KeyStoreSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reading certificates, CRLs and password files given on the command line; errors in the language in force. */
final class Pem {
    private Pem() {
    }

    static List<X509Certificate> certificates(Path file, Messages m) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, m.get("pem.noCertificateFile"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IOException(m.get("pem.noCertificate", file));
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException(m.get("pem.notCertificate", file), e);
        }
    }

    static X509CRL crl(Path file, Messages m) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, m.get("pem.noCrlFile"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (CertificateException | CRLException e) {
            throw new IOException(m.get("pem.notCrl", file), e);
        }
    }

    /** The first line of a password file, without its line end. */
    static char[] password(Path file, Messages m) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, m.get("pem.noPasswordFile"));
        }
        return KeyStoreSpec.readPasswordFile(file);
    }
}
