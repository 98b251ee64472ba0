package dev.careplan.relay;

import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Transport;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitId;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;

/**
 * A relay in process, for tests and embedding: parties register, and each gets a {@link Transport} bound to its
 * identity with {@link #transportFor(Party)}. Same rules as the reference relay ({@link Relay}); units expire when
 * the embedding calls {@code relay().sweep()}.
 */
public final class InMemoryExchange {

    private final Relay relay;

    /** An exchange with an in-memory store and the given clock. */
    public InMemoryExchange(Clock clock) {
        this.relay = Relay.of(new InMemoryUnitStore(), new Directory(), clock);
    }

    /** Registers a party that can receive. */
    public InMemoryExchange register(Party party, X509Certificate certificate) {
        relay.directory().register(party, certificate);
        return this;
    }

    /** The relay behind this exchange. */
    public Relay relay() {
        return relay;
    }

    /** A transport authenticated as {@code me}. */
    public Transport transportFor(Party me) {
        return new Transport() {
            @Override
            public void send(Unit unit) {
                relay.accept(me, unit);
            }

            @Override
            public List<UnitId> inbox() {
                return relay.inbox(me);
            }

            @Override
            public Unit download(UnitId id) {
                return relay.download(me, id);
            }

            @Override
            public void acknowledge(UnitId id) {
                relay.acknowledge(me, id);
            }

            @Override
            public void reject(UnitId id, String reasonCode) {
                relay.reject(me, id, reasonCode);
            }

            @Override
            public DeliveryStatus status(UnitId id) {
                return relay.status(me, id);
            }

            @Override
            public java.util.Optional<String> rejection(UnitId id) {
                return relay.rejection(me, id);
            }

            @Override
            public java.util.Optional<X509Certificate> certificateOf(Party party) {
                return relay.directory().certificateOf(party);
            }
        };
    }
}
