package dev.careplan.transport;

/** What became of a unit that was sent. */
public enum DeliveryStatus {
    /** Accepted by the channel, not yet acknowledged by the receiver. */
    WAITING,
    /** The receiver acknowledged it; the channel deleted its copy. */
    DELIVERED,
    /**
     * The receiver could not accept it (e.g. the envelope could not be opened) and said so; the channel deleted its
     * copy. The reason code ({@link Transport#rejection}) says why: send it again, corrected, under a new sequence
     * number.
     */
    REJECTED,
    /** Not acknowledged within the retention period; the channel deleted it unread. */
    EXPIRED,
    /** The channel knows no such unit from this sender. */
    UNKNOWN
}
