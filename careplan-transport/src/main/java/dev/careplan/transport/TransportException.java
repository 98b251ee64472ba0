package dev.careplan.transport;

import java.util.Objects;

/** A transport operation failed; {@link #reason()} says how, the message what to do. */
public final class TransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Kinds of failure. */
    public enum Reason {
        /** No unit with this id for this party (including units of other parties: they are invisible). */
        NOT_FOUND,
        /** The receiver is not registered on the channel. */
        UNKNOWN_RECEIVER,
        /** The unit names another sender than the authenticated one, or sender equals receiver. */
        REFUSED,
        /** The unit is larger than the channel accepts. */
        TOO_LARGE,
        /** A different unit with the same id was already sent. */
        CONFLICT,
        /** Too much from this office at once or waiting (requests, uploads, units, bytes): retry later. */
        TOO_MANY,
        /** The channel cannot be reached or failed. */
        UNAVAILABLE
    }

    private final Reason reason;

    /** @param message what happened and what to do */
    public TransportException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    /** @param message what happened and what to do */
    public TransportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    /** The kind of failure. */
    public Reason reason() {
        return reason;
    }
}
