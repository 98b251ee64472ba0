package dev.careplan.transport.internal;

import dev.careplan.transport.RelayClient;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code relay}: the reference relay over HTTPS. */
public final class RelayProvider implements TransportProvider {
    @Override
    public String name() {
        return "relay";
    }

    @Override
    public Transport create(Map<String, String> settings) {
        Path key = Path.of(Settings.required(settings, "key"));
        try {
            char[] pw = Files.readString(Path.of(Settings.required(settings, "password-file")),
                    StandardCharsets.UTF_8).lines().findFirst().orElse("").strip().toCharArray();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(key)) {
                ks.load(in, pw);
            }
            List<X509Certificate> anchors = new ArrayList<>();
            try (InputStream in = Files.newInputStream(Path.of(Settings.required(settings, "trust")))) {
                for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    anchors.add((X509Certificate) c);
                }
            }
            return RelayClient.connect(URI.create(Settings.required(settings, "url")), ks, pw, anchors);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use the relay settings: " + e.getMessage(), e);
        }
    }
}
