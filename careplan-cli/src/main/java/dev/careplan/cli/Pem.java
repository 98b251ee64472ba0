package dev.careplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reading certificates, CRLs and password files given on the command line. */
final class Pem {
    private Pem() {
    }

    static List<X509Certificate> certificates(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such certificate file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IOException(file + " holds no certificate");
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException(file + " is not a PEM or DER certificate file", e);
        }
    }

    static X509CRL crl(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (CertificateException | CRLException e) {
            throw new IOException(file + " is not a PEM or DER CRL", e);
        }
    }

    /** The first line of a password file, without its line end. */
    static char[] password(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such password file");
        }
        String s = Files.readString(file, StandardCharsets.UTF_8);
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.strip().toCharArray();
    }
}
