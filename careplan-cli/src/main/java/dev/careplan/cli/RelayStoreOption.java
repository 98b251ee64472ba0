package dev.careplan.cli;

import dev.careplan.relay.FileSystemUnitStore;
import dev.careplan.relay.PostgresUnitStore;
import dev.careplan.relay.UnitStore;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The unit store {@code relay serve --store} names: a folder (the embedded default), or a PostgreSQL database
 * {@code postgresql://[USER@]HOST[:PORT]/DATABASE[?PARAMETERS]} that several relay nodes share. The database
 * password never appears on the command line: it comes from {@code --store-password-file} or the environment
 * variable {@value #PASSWORD_VARIABLE}, and a URL that carries one is refused.
 */
final class RelayStoreOption {

    /** Environment variable holding the PostgreSQL password when no password file is given. */
    static final String PASSWORD_VARIABLE = "CAREPLAN_STORE_PASSWORD";

    private RelayStoreOption() {
    }

    /** True for a PostgreSQL URL, false for a folder. */
    static boolean isPostgres(String store) {
        return store.startsWith("postgresql://") || store.startsWith("postgres://");
    }

    /**
     * Opens the store.
     *
     * @throws IllegalArgumentException for a malformed URL or one carrying a password
     */
    static UnitStore open(String store, Optional<Path> passwordFile, Map<String, String> env, int poolSize,
            Messages m) throws IOException {
        if (!isPostgres(store)) {
            return new FileSystemUnitStore(Path.of(store));
        }
        URI uri;
        try {
            uri = new URI(store);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--store: not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE)");
        }
        String userInfo = uri.getRawUserInfo();
        String query = uri.getRawQuery() == null ? "" : "&" + uri.getRawQuery().toLowerCase(java.util.Locale.ROOT);
        if (userInfo != null && userInfo.contains(":") || query.contains("&password=")) {
            throw new IllegalArgumentException("--store: the URL carries a password; give it with --store-password-file"
                    + " or the environment variable " + PASSWORD_VARIABLE + ", never on the command line");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("--store: a PostgreSQL URL names a host and a database"
                    + " (postgresql://USER@HOST:PORT/DATABASE)");
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        char[] password;
        if (passwordFile.isPresent()) {
            password = Pem.password(passwordFile.get(), m);
        } else {
            password = env.getOrDefault(PASSWORD_VARIABLE, "").toCharArray();
        }
        return PostgresUnitStore.connect(jdbc, userInfo, password, poolSize);
    }
}
