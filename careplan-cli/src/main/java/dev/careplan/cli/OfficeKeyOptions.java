package dev.careplan.cli;

import dev.careplan.crypto.KeyStoreSpec;
import dev.careplan.crypto.OfficeCredentials;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options naming an office's key: its PKCS#12 file, the file holding the password, and the alias. */
final class OfficeKeyOptions {

    @Option(names = "--key", required = true, paramLabel = "P12", description = "the office's PKCS#12 file")
    Path key;

    @Option(names = "--password-file", required = true, paramLabel = "FILE",
            description = "file holding the PKCS#12 password (first line)")
    Path passwordFile;

    @Option(names = "--alias", defaultValue = "office", paramLabel = "ALIAS",
            description = "key alias (default: ${DEFAULT-VALUE})")
    String alias;

    OfficeCredentials credentials(Messages m) throws IOException {
        return KeyStoreSpec.of(key, Pem.password(passwordFile, m), alias).load();
    }
}
