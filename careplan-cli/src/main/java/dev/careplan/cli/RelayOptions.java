package dev.careplan.cli;

import dev.careplan.crypto.KeyStoreSpec;
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
import picocli.CommandLine.Option;

/** The options every relay client command shares: where the relay is and who this office is. */
final class RelayOptions {

    @Option(names = "--relay", required = true, paramLabel = "URL", description = "relay URL, e.g. https://localhost:8443/")
    URI relay;

    @Option(names = "--key", required = true, paramLabel = "P12", description = "this office's PKCS#12 file")
    Path key;

    @Option(names = "--password-file", required = true, description = "file holding the PKCS#12 password")
    Path passwordFile;

    @Option(names = "--alias", defaultValue = "office", description = "key alias (default: ${DEFAULT-VALUE})")
    String alias;

    @Option(names = "--trust", required = true, paramLabel = "CA.pem", description = "trusted CA certificates")
    Path trust;

    @Option(names = "--journal", defaultValue = "careplan-journal.jsonl",
            description = "this office's journal file (default: ${DEFAULT-VALUE})")
    Path journal;

    OfficeCredentials credentials() throws IOException {
        return KeyStoreSpec.of(key, Pem.password(passwordFile), alias).load();
    }

    List<X509Certificate> anchors() throws IOException {
        return Pem.certificates(trust);
    }

    RelayClient client() throws IOException {
        char[] pw = Pem.password(passwordFile);
        try (InputStream in = Files.newInputStream(key)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, pw);
            return RelayClient.connect(relay, ks, pw, anchors());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use " + key + ": " + e.getMessage(), e);
        }
    }
}
