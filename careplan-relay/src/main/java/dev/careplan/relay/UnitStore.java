package dev.careplan.relay;

import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a relay keeps accepted units until their receiver acknowledges them (durable store SPI). An implementation
 * must make {@link #put} durable before it returns: a store that is stopped at any moment restarts with every
 * accepted unit and no partial one. {@link FileSystemUnitStore} is the embedded default.
 *
 * <p>Units may be of any size: {@link #put} reads each file through {@link dev.careplan.transport.UnitFile#open()}
 * with a bounded buffer (never {@code bytes()}), and {@link #get} returns files whose content is read from the store
 * when opened, with their size and SHA-256 known without reading them.
 */
public interface UnitStore {

    /** Outcome of {@link #put}. */
    enum PutResult {
        /** Stored. */
        STORED,
        /** An identical unit (same names, same bytes) was already stored or delivered: nothing changed. */
        DUPLICATE,
        /** A different unit with the same id exists. */
        CONFLICT
    }

    /**
     * Stores a unit durably, streaming its files; the sources of the files may be gone once this returns (an
     * upload's parts), so nothing may keep them.
     */
    PutResult put(Unit unit, Instant acceptedAt);

    /** The waiting units addressed to {@code receiver}, ascending by sequence number. */
    List<UnitId> waitingFor(Party receiver);

    /** The bytes of every file waiting for {@code receiver}; by default summed from {@link #get}, one unit at a time. */
    default long bytesWaitingFor(Party receiver) {
        long sum = 0;
        for (UnitId id : waitingFor(receiver)) {
            sum += get(id).map(Unit::size).orElse(0L);
        }
        return sum;
    }

    /** A waiting unit. */
    Optional<Unit> get(UnitId id);

    /** Deletes a waiting unit's bytes and records it as delivered; false when it was not waiting. */
    boolean acknowledge(UnitId id, Instant at);

    /**
     * Deletes a waiting unit's bytes and records it as rejected by its receiver for {@code reasonCode}; false when it
     * was not waiting. By default recorded as delivered, for stores that keep no reason.
     */
    default boolean reject(UnitId id, String reasonCode, Instant at) {
        return acknowledge(id, at);
    }

    /** The reason code of a rejected unit; empty for any other. */
    default Optional<String> rejection(UnitId id) {
        return Optional.empty();
    }

    /** Deletes the units accepted before {@code cutoff} and records them as expired; returns them. */
    List<UnitId> expire(Instant cutoff);

    /** What became of a unit. */
    DeliveryStatus status(UnitId id);

    /**
     * Whether the store can be used now, for the relay's health check (one cheap probe: a query, a look at a
     * folder); never throws. True by default, for stores in memory.
     */
    default boolean reachable() {
        return true;
    }
}
