package dev.careplan.crypto;

import java.util.Objects;

/**
 * A sealed file could not be opened (or a file could not be sealed): the {@link Failure} says which check failed
 * and the message what to do. Messages never contain key material, passwords or file content.
 */
public final class EnvelopeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why opening (or sealing) failed. */
    public enum Failure {
        /** The envelope is not encrypted for this office's certificate. */
        NOT_FOR_THIS_RECIPIENT("The file is not encrypted for this office's certificate; ask the sender to seal it"
                + " for your current certificate."),
        /** Decryption failed the AES-GCM authentication: the ciphertext was changed in transit or storage. */
        TAMPERED("The encrypted file was changed after sealing (authentication failed); ask the sender to send it"
                + " again."),
        /** The content is not a CMS envelope of the expected structure. */
        MALFORMED("The file is not a sealed care-plan envelope (CMS AuthEnvelopedData around SignedData)."),
        /** The signature does not verify over the content. */
        BAD_SIGNATURE("The sender's signature does not match the content; do not import the file."),
        /** The signer's certificate does not chain to a configured trust anchor. */
        UNTRUSTED_SIGNER("The sender's certificate is not issued by a trusted authority; check the trust anchors."),
        /** The signer's certificate was not valid at the time of opening. */
        EXPIRED_SIGNER("The sender's certificate is expired or not yet valid; ask the sender to renew it."),
        /** The signer's certificate is revoked by a configured CRL. */
        REVOKED_SIGNER("The sender's certificate is revoked; do not import the file."),
        /** The file was renamed: its delivered name differs from the signed name. */
        NAME_MISMATCH("The file was renamed after sealing (delivered name differs from the signed name); do not"
                + " import it."),
        /** The signer's office number differs from the sender office in the file name. */
        OFFICE_MISMATCH("The file was signed by another office than the sender named in the file name; do not"
                + " import it."),
        /** The certificate or key cannot be used for the operation (key usage, algorithm). */
        UNUSABLE_KEY("The certificate or key cannot be used for this operation (key usage or algorithm)."),
        /** The envelope uses an algorithm outside the accepted set (weak, or not the expected construction). */
        WEAK_ALGORITHM("The file was sealed with an algorithm that is not accepted; ask the sender to seal it with"
                + " AES-256-GCM (AuthEnvelopedData), RSA-OAEP with SHA-256 or ECDH, and a SHA-256 or stronger"
                + " signature."),
        /**
         * A delivered or signed name is not a plain file name of the standard's grammar: it could write outside the
         * output folder, or a file the office's software would not expect (say {@code …_evil.sh}).
         */
        UNSAFE_NAME("The file name is not a file name of the standard (PREFIX[_YYYYMM]_SENDER_KIND_RECEIVER_KIND_"
                + "SEQUENCE.CSV), or not a plain file name (a path separator, '..' or NUL); do not import the file."),
        /** No current CRL tells whether a certificate of the signer's path is revoked. */
        REVOCATION_UNKNOWN("The revocation status of the sender's certificate cannot be determined (no current CRL"
                + " of its issuer); update the CRLs and open the file again."),
        /** The signer claims a signing time later than the opener's clock allows. */
        FUTURE_SIGNING_TIME("The file claims to be signed later than now; check this computer's clock and the"
                + " sender's, and do not import the file until they agree."),
        /** The receiver office in the file name is not the office whose key opened it. */
        RECEIVER_MISMATCH("The file is addressed to another office than the one opening it (receiver in the file"
                + " name); do not import it."),
        /** A different file of the same name is already in the output folder; neither file was changed. */
        ALREADY_EXISTS("A different file of the same name is already in the output folder; both were left as they"
                + " were. Compare them, move the old one away if it is to be replaced, and open again.");

        private final String advice;

        Failure(String advice) {
            this.advice = advice;
        }

        /** What the user should do. */
        public String advice() {
            return advice;
        }
    }

    private final Failure failure;

    /** @param detail what was checked, without secrets or content */
    public EnvelopeException(Failure failure, String detail, Throwable cause) {
        super(Objects.requireNonNull(failure) + ": " + failure.advice() + (detail.isEmpty() ? "" : " (" + detail + ")"),
                cause);
        this.failure = failure;
    }

    /** @param detail what was checked, without secrets or content */
    public EnvelopeException(Failure failure, String detail) {
        this(failure, detail, null);
    }

    /** Which check failed. */
    public Failure failure() {
        return failure;
    }
}
