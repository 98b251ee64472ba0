package dev.careplan.transport;

/** What became of a unit that was sent. */
public enum DeliveryStatus {
    /** Accepted by the channel, not yet acknowledged by the receiver. */
    WAITING,
    /** The receiver acknowledged it; the channel deleted its copy. */
    DELIVERED,
    /** Not acknowledged within the retention period; the channel deleted it unread. */
    EXPIRED,
    /** The channel knows no such unit from this sender. */
    UNKNOWN
}
