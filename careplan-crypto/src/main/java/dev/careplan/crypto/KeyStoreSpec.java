package dev.careplan.crypto;

import dev.careplan.crypto.CredentialsException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an office's key lives: a PKCS#12 file, its store password, the alias of the key entry and the key's
 * password (often the same as the store's). {@link #load()} validates everything at once and fails with a precise
 * {@link CredentialsException}: missing or unreadable file ({@link CredentialsException.Reason#UNREADABLE}), wrong
 * password or damaged file, no such alias (listing the aliases there are), or an alias without a private key
 * ({@link CredentialsException.Reason#INVALID}). Passwords are never printed.
 *
 * @param file          the PKCS#12 file
 * @param storePassword the store password
 * @param alias         the key entry's alias
 * @param keyPassword   the key entry's password
 */
public record KeyStoreSpec(Path file, char[] storePassword, String alias, char[] keyPassword) {

    /** Days before expiry from which {@link #expiryWarning} warns (国保連's reminder window). */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(90);

    /** Checks that nothing is null. */
    public KeyStoreSpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(storePassword, "storePassword");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(keyPassword, "keyPassword");
    }

    /** A spec whose key password equals the store password. */
    public static KeyStoreSpec of(Path file, char[] password, String alias) {
        return new KeyStoreSpec(file, password, alias, password);
    }

    /**
     * A spec whose password (store and key) is the first line of {@code passwordFile}, so that it never appears on a
     * command line.
     *
     * @throws CredentialsException ({@link CredentialsException.Reason#UNREADABLE}) when the password file cannot be
     *                              read
     */
    public static KeyStoreSpec withPasswordFile(Path file, Path passwordFile, String alias) {
        return of(file, readPasswordFile(passwordFile), alias);
    }

    /**
     * The password in a password file: its first line, without the line end and surrounding blanks.
     *
     * @throws CredentialsException ({@link CredentialsException.Reason#UNREADABLE}) when the file cannot be read
     */
    public static char[] readPasswordFile(Path passwordFile) {
        String s;
        try {
            s = Files.readString(passwordFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CredentialsException(Reason.UNREADABLE, "password file " + passwordFile + " does not exist");
        } catch (IOException e) {
            throw new CredentialsException(Reason.UNREADABLE, "password file " + passwordFile + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip().toCharArray();
    }

    /**
     * The checked key with its chain as an in-memory PKCS#12 key store holding that one entry (under {@link #alias},
     * protected with {@link #keyPassword}): what a TLS key manager takes, with no other entry of the file offered.
     *
     * @throws CredentialsException as {@link #load()}
     */
    public KeyStore loadKeyStore() {
        OfficeCredentials c = load();
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            List<Certificate> chain = new ArrayList<>();
            chain.add(c.certificate());
            chain.addAll(c.chain());
            ks.setKeyEntry(alias, c.privateKey(), keyPassword, chain.toArray(new Certificate[0]));
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new CredentialsException("the key of " + file + " cannot be used for TLS ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Loads and checks the credentials.
     *
     * @throws CredentialsException saying precisely what is wrong
     */
    public OfficeCredentials load() {
        // Read first, so that a failure to read the file is told apart from a key store that does not load.
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CredentialsException(Reason.UNREADABLE, "key store " + file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new CredentialsException(Reason.UNREADABLE, "key store " + file + " cannot be read: access denied");
        } catch (IOException e) {
            throw new CredentialsException(Reason.UNREADABLE, "key store " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        KeyStore ks;
        try {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(bytes), storePassword);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage())
                    .toLowerCase(java.util.Locale.ROOT).contains("password")) {
                throw new CredentialsException("wrong password for key store " + file);
            }
            throw new CredentialsException("key store " + file + " does not load: wrong password or not a PKCS#12"
                    + " file (" + e.getClass().getSimpleName() + ")");
        } catch (GeneralSecurityException e) {
            throw new CredentialsException("key store " + file + " is damaged or not PKCS#12 ("
                    + e.getClass().getSimpleName() + ")");
        }
        try {
            if (!ks.containsAlias(alias)) {
                throw new CredentialsException("key store " + file + " has no alias '" + alias + "'; aliases there: "
                        + Collections.list(ks.aliases()));
            }
            Key key;
            try {
                key = ks.getKey(alias, keyPassword);
            } catch (UnrecoverableKeyException e) {
                throw new CredentialsException("wrong key password for alias '" + alias + "' in " + file);
            }
            if (!(key instanceof PrivateKey pk)) {
                throw new CredentialsException("alias '" + alias + "' in " + file + " holds no private key");
            }
            Certificate[] chain = ks.getCertificateChain(alias);
            List<X509Certificate> rest = new ArrayList<>();
            for (Certificate c : Arrays.asList(chain).subList(1, chain.length)) {
                X509Certificate x = (X509Certificate) c;
                if (!x.getSubjectX500Principal().equals(x.getIssuerX500Principal())) {
                    rest.add(x);
                }
            }
            return new OfficeCredentials(pk, (X509Certificate) chain[0], rest);
        } catch (GeneralSecurityException e) {
            throw new CredentialsException("key store " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /** A warning to show when the certificate expires within {@link #EXPIRY_WARNING}, or has expired. */
    public static Optional<String> expiryWarning(X509Certificate certificate, Clock clock) {
        Instant end = certificate.getNotAfter().toInstant();
        Instant now = clock.instant();
        if (end.isBefore(now)) {
            return Optional.of("the certificate expired on " + end + "; renew it now");
        }
        long days = Duration.between(now, end).toDays();
        if (days < EXPIRY_WARNING.toDays()) {
            return Optional.of("the certificate expires in " + days + " days (" + end + "); renew it in time");
        }
        return Optional.empty();
    }

    /** Masks the passwords. */
    @Override
    public String toString() {
        return "KeyStoreSpec[file=" + file + ", alias=" + alias + "]";
    }
}
