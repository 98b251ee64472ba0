package dev.careplan.cli;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.transport.RelayClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every relay client command shares: where the relay is and who this office is. */
final class RelayOptions {

    @Option(names = "--relay", required = true, paramLabel = "URL", description = "relay URL, e.g. https://localhost:8443/")
    URI relay;

    @Mixin
    OfficeKeyOptions office;

    @Option(names = "--trust", required = true, paramLabel = "CA.pem", description = "trusted CA certificates")
    Path trust;

    @Option(names = "--journal", defaultValue = "careplan-journal.jsonl", paramLabel = "FILE",
            description = "this office's journal file (default: ${DEFAULT-VALUE})")
    Path journal;

    OfficeCredentials credentials(Messages m) throws IOException {
        return office.credentials(m);
    }

    List<X509Certificate> anchors(Messages m) throws IOException {
        return Pem.certificates(trust, m);
    }

    RelayClient client(Messages m) throws IOException {
        char[] pw = Pem.password(office.passwordFile, m);
        try (InputStream in = Files.newInputStream(office.key)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, pw);
            return RelayClient.connect(relay, ks, pw, anchors(m));
        } catch (GeneralSecurityException e) {
            throw new IOException(m.get("relay.cannotUseKey", office.key, e.getMessage()), e);
        }
    }
}
