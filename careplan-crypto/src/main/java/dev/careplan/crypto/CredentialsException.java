package dev.careplan.crypto;

import java.util.Objects;

/**
 * An office's key store cannot be used; the {@link Reason} tells a file that cannot be read from credentials that
 * are wrong, and the message says why. Messages never contain a password or key material.
 */
public final class CredentialsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether the key store could not be read at all or was read and gives no usable key. */
    public enum Reason {
        /** An I/O failure: the file does not exist, access is denied, or reading it failed. */
        UNREADABLE,
        /** The credentials are wrong: wrong password, not PKCS#12, no such alias, or no private key there. */
        INVALID
    }

    private final Reason reason;

    /** @param message what is wrong and where; the reason is {@link Reason#INVALID} */
    public CredentialsException(String message) {
        this(Reason.INVALID, message);
    }

    /** @param message what is wrong and where */
    public CredentialsException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Whether the file could not be read or the credentials are wrong. */
    public Reason reason() {
        return reason;
    }
}
