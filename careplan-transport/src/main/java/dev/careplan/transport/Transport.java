package dev.careplan.transport;

import dev.careplan.transport.folder.FolderTransport;
import dev.careplan.transport.relay.RelayClient;
import dev.careplan.model.Party;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A channel between care offices, seen from one party: send a unit to its receiver, list what waits for me in import
 * order (ascending sequence number), download a unit, acknowledge it (after which the channel deletes it), and ask
 * what became of what I sent. Implementations: {@code InMemoryExchange} of {@code careplan-relay} (tests, embedding), {@link FolderTransport}
 * (hand-off to the national desktop client), {@link RelayClient} (the reference relay). Failures are
 * {@link TransportException}s.
 */
public interface Transport extends AutoCloseable {

    /** Sends a unit; idempotent for an identical unit (same names, same bytes). */
    void send(Unit unit);

    /** The units waiting for me, ascending by sequence number. */
    List<UnitId> inbox();

    /** Downloads one of my units; it stays on the channel until acknowledged. */
    Unit download(UnitId id);

    /** Confirms that a unit was stored safely; the channel may delete it. */
    void acknowledge(UnitId id);

    /**
     * Confirms that a unit was received but refused, for {@code reasonCode} (e.g. {@code MALFORMED}): the channel
     * deletes it as it does an acknowledged unit, and tells its sender the reason where it can. By default the unit is
     * only acknowledged.
     *
     * @param reasonCode upper-case letters, digits and underscores, at most 40
     */
    default void reject(UnitId id, String reasonCode) {
        acknowledge(id);
    }

    /** What became of a unit I sent. */
    DeliveryStatus status(UnitId id);

    /** Why the receiver rejected a unit I sent ({@link DeliveryStatus#REJECTED}); empty otherwise. */
    default java.util.Optional<String> rejection(UnitId id) {
        return java.util.Optional.empty();
    }

    /**
     * The current encryption certificate of a receiver (受信側事業所の証明書) from the channel's directory, to seal
     * for it; empty where the channel has no directory (the folder hand-off) or does not know the party. Check it with
     * {@link ReceiverCertificates#verify} before sealing: a channel is not trusted to hand out the right one.
     */
    default Optional<X509Certificate> certificateOf(Party party) {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
