package dev.careplan.crypto;

import java.util.Objects;

/**
 * {@link Sealer} refused to seal a file, before writing anything: a certificate is not valid now or not usable for
 * its part, or the file name is not a standard name of the signing office. The {@link Reason} says which check
 * failed and the message what to do. Messages never contain key material, passwords or file content.
 */
public final class SealingRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why sealing was refused. */
    public enum Reason {
        /** The signing office's own certificate is expired or not yet valid. */
        SIGNER_NOT_VALID("This office's certificate is expired or not yet valid; renew it before sealing."),
        /** A recipient certificate is expired or not yet valid. */
        RECIPIENT_NOT_VALID("A receiver's certificate is expired or not yet valid; ask the receiver for its current"
                + " certificate."),
        /** A recipient certificate's key usage allows no encryption to it (e.g. a CA certificate). */
        RECIPIENT_NOT_FOR_ENCRYPTION("A receiver's certificate does not allow encryption (key usage: RSA needs"
                + " keyEncipherment, EC keyAgreement); use the receiver's office certificate, not a CA certificate."),
        /** The file name is not a standard care-plan file name. */
        NOT_A_STANDARD_NAME("The file name is not a standard care-plan file name"
                + " (PREFIX[_YYYYMM]_SENDER_KIND_RECEIVER_KIND_YYYYMMDDHHMMSS.CSV); name the file as the standard"
                + " prescribes."),
        /** The sender office in the file name is not the office of the signing certificate. */
        SENDER_NOT_SIGNER("The sender office in the file name is not the office of the signing certificate; seal with"
                + " the sending office's key, or correct the sender in the name.");

        private final String advice;

        Reason(String advice) {
            this.advice = advice;
        }

        /** What the user should do. */
        public String advice() {
            return advice;
        }
    }

    private final Reason reason;

    /** @param detail what was checked, without secrets or content */
    SealingRefusedException(Reason reason, String detail) {
        super(Objects.requireNonNull(reason) + ": " + reason.advice() + " (" + detail + ")");
        this.reason = reason;
    }

    /** Which check failed. */
    public Reason reason() {
        return reason;
    }
}
