package dev.careplan.cli;

import dev.careplan.crypto.OfficeCredentials;
import dev.careplan.transport.Transport;
import dev.careplan.transport.TransportProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The relay as a {@link Transport}, from the {@code relay} provider with this office's settings: the command line
     * gives the same settings a configuration file would.
     */
    Transport client(Messages m) throws IOException {
        anchors(m); // the trust file's problems in the language in force, before the provider reads it
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("url", relay.toString());
        settings.put("key", office.key.toString());
        settings.put("password-file", office.passwordFile.toString());
        settings.put("alias", office.alias);
        settings.put("trust", trust.toString());
        return TransportProvider.named("relay").orElseThrow(() -> new IllegalStateException(
                "the relay transport provider is missing from this build")).create(settings);
    }
}
