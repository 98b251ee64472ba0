package dev.careplan.transport.internal;

import dev.careplan.crypto.KeyStoreSpec;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportProvider;
import dev.careplan.transport.relay.RelayClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code relay}: the reference relay over HTTPS. Settings {@code url}, {@code key} (PKCS#12), {@code password-file},
 * {@code trust} (PEM anchors) and optional {@code alias} (default {@code office}).
 */
public final class RelayProvider implements TransportProvider {
    @Override
    public String name() {
        return "relay";
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.careplan.crypto.CredentialsException when the key store or its password file is unusable
     */
    @Override
    public Transport create(Map<String, String> settings) {
        KeyStoreSpec key = KeyStoreSpec.withPasswordFile(Path.of(Settings.required(settings, "key")),
                Path.of(Settings.required(settings, "password-file")), settings.getOrDefault("alias", "office"));
        Path trust = Path.of(Settings.required(settings, "trust"));
        List<X509Certificate> anchors = new ArrayList<>();
        try (InputStream in = Files.newInputStream(trust)) {
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                anchors.add((X509Certificate) c);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("transport setting 'trust': " + trust + " holds no readable"
                    + " certificates (" + e.getClass().getSimpleName() + ")", e);
        }
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("transport setting 'trust': " + trust + " holds no certificate");
        }
        return RelayClient.connect(URI.create(Settings.required(settings, "url")), key.loadKeyStore(),
                key.keyPassword(), anchors);
    }
}
