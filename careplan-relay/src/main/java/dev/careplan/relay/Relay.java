package dev.careplan.relay;

import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.TransportException.Reason;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of the reference relay, independent of how parties connect: the sender is the authenticated party and
 * a unit naming another sender is refused; sender and receiver must differ; the receiver must be registered; units
 * are limited in size; re-sending an identical unit is harmless; each party sees only its own inbox (other
 * parties' units do not exist for it); acknowledging deletes the unit's bytes; units not acknowledged within the
 * retention period expire. Used by {@link RelayServer} over HTTPS and by {@link InMemoryExchange} in process.
 */
public final class Relay {

    private static final Logger LOG = LoggerFactory.getLogger(Relay.class);

    /** Default retention of unacknowledged units. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    /** Default size limit of one unit. */
    public static final long DEFAULT_MAX_UNIT_BYTES = 64L * 1024 * 1024;

    private final UnitStore store;
    private final Directory directory;
    private final Clock clock;
    private final Duration retention;
    private final long maxUnitBytes;
    private final Quotas quotas;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** What happened to units, for the relay's metrics: counts and sizes only, never a unit id or an office. */
    interface Listener {
        /** A new unit of {@code bytes} bytes was stored (not an identical re-send). */
        void stored(long bytes);

        /** A unit was acknowledged by its receiver. */
        void delivered();

        /** A unit was rejected by its receiver. */
        void rejected();

        /** {@code count} units expired unread. */
        void expired(int count);
    }

    /** Tells {@code listener} what happens to units from now on. */
    void listen(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Stops telling {@code listener}. */
    void unlisten(Listener listener) {
        listeners.remove(listener);
    }

    /** Whether the store answers now (the health check). */
    boolean storeReachable() {
        return store.reachable();
    }

    /**
     * What one sender may leave waiting, so that junk cannot accumulate in a mailbox (refused as
     * {@link Reason#TOO_LARGE} for a unit of too many files, {@link Reason#TOO_MANY} for the others). A unit already
     * stored (an identical re-send) is never refused by a quota. Concurrent uploads are checked one by one, so a
     * quota may be exceeded by the uploads in progress at that moment, never more.
     *
     * @param filesPerUnit             files in one unit: the standard's units have a handful of CSV files plus
     *                                 images, so 64 leaves ample room
     * @param waitingUnitsPerSender    units one sender may have waiting for one receiver
     * @param bytesWaitingPerReceiver  bytes of all units waiting for one receiver, from all senders
     */
    public record Quotas(int filesPerUnit, int waitingUnitsPerSender, long bytesWaitingPerReceiver) {
        /** Checks the quotas. */
        public Quotas {
            if (filesPerUnit < 1 || waitingUnitsPerSender < 1 || bytesWaitingPerReceiver < 1) {
                throw new IllegalArgumentException("relay quotas must be positive");
            }
        }

        /** 64 files per unit, 500 waiting units per sender and receiver, 4 GiB waiting per receiver. */
        public static Quotas defaults() {
            return new Quotas(64, 500, 4L * 1024 * 1024 * 1024);
        }
    }

    /** A relay over {@code store} and {@code directory} with the given clock, retention and size limit. */
    public Relay(UnitStore store, Directory directory, Clock clock, Duration retention, long maxUnitBytes) {
        this(store, directory, clock, retention, maxUnitBytes, Quotas.defaults());
    }

    /** A relay with the given clock, retention, size limit and quotas. */
    public Relay(UnitStore store, Directory directory, Clock clock, Duration retention, long maxUnitBytes,
            Quotas quotas) {
        this.store = Objects.requireNonNull(store);
        this.directory = Objects.requireNonNull(directory);
        this.clock = Objects.requireNonNull(clock);
        this.retention = Objects.requireNonNull(retention);
        this.maxUnitBytes = maxUnitBytes;
        this.quotas = Objects.requireNonNull(quotas);
    }

    /** The quotas of this relay. */
    public Quotas quotas() {
        return quotas;
    }

    /** A relay with default retention and size limit. */
    public static Relay of(UnitStore store, Directory directory, Clock clock) {
        return new Relay(store, directory, clock, DEFAULT_RETENTION, DEFAULT_MAX_UNIT_BYTES);
    }

    /** The directory of registered offices. */
    public Directory directory() {
        return directory;
    }

    /** The largest unit accepted, in bytes. */
    public long maxUnitBytes() {
        return maxUnitBytes;
    }

    /** Accepts a unit from the authenticated party {@code from}. */
    public UnitStore.PutResult accept(Party from, Unit unit) {
        admit(from, unit.id());
        if (unit.size() > maxUnitBytes) {
            throw new TransportException(Reason.TOO_LARGE, "the unit has " + unit.size() + " bytes; this relay"
                    + " accepts at most " + maxUnitBytes);
        }
        if (unit.files().size() > quotas.filesPerUnit()) {
            throw tooManyFiles(unit.files().size());
        }
        if (store.status(unit.id()) == DeliveryStatus.UNKNOWN) {
            checkQuotas(unit);
        }
        UnitStore.PutResult r = store.put(unit, clock.instant());
        if (r == UnitStore.PutResult.CONFLICT) {
            throw new TransportException(Reason.CONFLICT, "a different unit " + unit.id() + " was already sent;"
                    + " use a new sequence number for new content");
        }
        LOG.info("accepted unit {} ({} files, {})", unit.id(), unit.files().size(), r);
        if (r == UnitStore.PutResult.STORED) {
            listeners.forEach(l -> l.stored(unit.size()));
        }
        return r;
    }

    /**
     * Checks that {@code from} may send unit {@code id} at all, before any of its bytes is read: the sender is the
     * authenticated party ({@link Reason#REFUSED} otherwise), sender and receiver differ, and the receiver is
     * registered ({@link Reason#UNKNOWN_RECEIVER}).
     */
    public void admit(Party from, UnitId id) {
        if (!id.sender().equals(from)) {
            LOG.info("refused unit {}: names sender {} but was sent by {}", id, id.sender(), from);
            throw new TransportException(Reason.REFUSED, "the unit names sender " + id.sender()
                    + " but the connection is authenticated as " + from + "; send only your own files");
        }
        if (id.sender().equals(id.receiver())) {
            throw new TransportException(Reason.REFUSED, "sender and receiver are the same party " + from);
        }
        if (!directory.isRegistered(id.receiver())) {
            throw new TransportException(Reason.UNKNOWN_RECEIVER, "receiver " + id.receiver()
                    + " is not registered on this relay; check the receiver's office number and service kind");
        }
    }

    /** The refusal of a unit of {@code files} files. */
    TransportException tooManyFiles(int files) {
        return new TransportException(Reason.TOO_LARGE, "the unit has " + files + " files; this relay accepts at most "
                + quotas.filesPerUnit() + " per unit");
    }

    private void checkQuotas(Unit unit) {
        long mine = store.waitingFor(unit.receiver()).stream().filter(id -> id.sender().equals(unit.sender())).count();
        if (mine >= quotas.waitingUnitsPerSender()) {
            LOG.info("refused unit {}: {} units of its sender wait for the receiver", unit.id(), mine);
            throw new TransportException(Reason.TOO_MANY, mine + " units of " + unit.sender() + " already wait for "
                    + unit.receiver() + " (at most " + quotas.waitingUnitsPerSender() + "); send more once the"
                    + " receiver has taken them");
        }
        if (store.bytesWaitingFor(unit.receiver()) + unit.size() > quotas.bytesWaitingPerReceiver()) {
            LOG.info("refused unit {}: the receiver's mailbox is full", unit.id());
            throw new TransportException(Reason.TOO_MANY, "the units waiting for " + unit.receiver() + " would exceed"
                    + " " + quotas.bytesWaitingPerReceiver() + " bytes; send once the receiver has taken them");
        }
    }

    /** The units waiting for {@code me}, ascending by sequence number. */
    public List<UnitId> inbox(Party me) {
        return store.waitingFor(me);
    }

    /** One of {@code me}'s units; another party's unit is {@link Reason#NOT_FOUND}. */
    public Unit download(Party me, UnitId id) {
        Optional<Unit> u = id.receiver().equals(me) ? store.get(id) : Optional.empty();
        return u.orElseThrow(() -> new TransportException(Reason.NOT_FOUND, "no unit " + id + " waits for " + me));
    }

    /** Acknowledges one of {@code me}'s units: its bytes are deleted. Acknowledging it again changes nothing. */
    public void acknowledge(Party me, UnitId id) {
        if (id.receiver().equals(me) && store.status(id) == DeliveryStatus.DELIVERED) {
            return; // a repeated acknowledgement (its answer was lost): answered as the first
        }
        if (!id.receiver().equals(me) || !store.acknowledge(id, clock.instant())) {
            throw new TransportException(Reason.NOT_FOUND, "no unit " + id + " waits for " + me);
        }
        LOG.info("unit {} delivered", id);
        listeners.forEach(Listener::delivered);
    }

    /**
     * Rejects one of {@code me}'s units for {@code reasonCode}: its bytes are deleted and its sender sees it as
     * {@link DeliveryStatus#REJECTED} with the code.
     */
    public void reject(Party me, UnitId id, String reasonCode) {
        if (reasonCode == null || !reasonCode.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new IllegalArgumentException("a reason code is 1 to 40 upper-case letters, digits or underscores");
        }
        if (id.receiver().equals(me) && store.status(id) == DeliveryStatus.REJECTED) {
            return; // a repeated rejection: answered as the first
        }
        if (!id.receiver().equals(me) || !store.reject(id, reasonCode, clock.instant())) {
            throw new TransportException(Reason.NOT_FOUND, "no unit " + id + " waits for " + me);
        }
        LOG.info("unit {} rejected by its receiver: {}", id, reasonCode);
        listeners.forEach(Listener::rejected);
    }

    /** Why the receiver rejected a unit {@code me} sent; empty for another party's unit or one not rejected. */
    public Optional<String> rejection(Party me, UnitId id) {
        return id.sender().equals(me) ? store.rejection(id) : Optional.empty();
    }

    /** What became of a unit {@code me} sent; units of others are {@link DeliveryStatus#UNKNOWN}. */
    public DeliveryStatus status(Party me, UnitId id) {
        return id.sender().equals(me) ? store.status(id) : DeliveryStatus.UNKNOWN;
    }

    /**
     * Expires units older than the retention period. Requests never sweep (its cost would grow with the mailboxes):
     * {@link RelayServer} runs it in the background every {@link RelayServer#SWEEP_INTERVAL}; an embedding calls it
     * on its own schedule.
     */
    public void sweep() {
        List<UnitId> expired = store.expire(clock.instant().minus(retention));
        for (UnitId id : expired) {
            LOG.info("unit {} expired unread", id);
        }
        if (!expired.isEmpty()) {
            listeners.forEach(l -> l.expired(expired.size()));
        }
    }
}
