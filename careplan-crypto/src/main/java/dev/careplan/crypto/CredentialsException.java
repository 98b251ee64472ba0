package dev.careplan.crypto;

/** An office's key store cannot be used; the message says why and never contains a password or key material. */
public final class CredentialsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public CredentialsException(String message) {
        super(message);
    }
}
