package dev.careplan.relay;

import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.internal.Fingerprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link UnitStore} in memory, for tests and embedding; nothing survives the process. Thread-safe. */
public final class InMemoryUnitStore implements UnitStore {

    private record Entry(Unit unit, Instant acceptedAt) {
    }

    private final Map<UnitId, Entry> waiting = new HashMap<>();
    private final Map<UnitId, DeliveryStatus> done = new HashMap<>();
    private final Map<UnitId, String> fingerprints = new HashMap<>();
    private final Map<UnitId, String> rejections = new HashMap<>();

    @Override
    public synchronized PutResult put(Unit unit, Instant acceptedAt) {
        String fp = Fingerprint.of(unit);
        String known = fingerprints.get(unit.id());
        if (known != null) {
            return known.equals(fp) ? PutResult.DUPLICATE : PutResult.CONFLICT;
        }
        fingerprints.put(unit.id(), fp);
        // Read into memory: a streamed file's source (an upload's staged part) is gone once the upload ends.
        Unit held = new Unit(unit.id(), unit.files().stream().map(f -> new UnitFile(f.name(), f.bytes())).toList());
        waiting.put(unit.id(), new Entry(held, acceptedAt));
        return PutResult.STORED;
    }

    @Override
    public synchronized List<UnitId> waitingFor(Party receiver) {
        return waiting.keySet().stream().filter(id -> id.receiver().equals(receiver)).sorted().toList();
    }

    @Override
    public synchronized long bytesWaitingFor(Party receiver) {
        return waiting.values().stream().filter(e -> e.unit().receiver().equals(receiver))
                .mapToLong(e -> e.unit().size()).sum();
    }

    @Override
    public synchronized Optional<Unit> get(UnitId id) {
        return Optional.ofNullable(waiting.get(id)).map(Entry::unit);
    }

    @Override
    public synchronized boolean acknowledge(UnitId id, Instant at) {
        if (waiting.remove(id) == null) {
            return false;
        }
        done.put(id, DeliveryStatus.DELIVERED);
        return true;
    }

    @Override
    public synchronized boolean reject(UnitId id, String reasonCode, Instant at) {
        if (waiting.remove(id) == null) {
            return false;
        }
        done.put(id, DeliveryStatus.REJECTED);
        rejections.put(id, reasonCode);
        return true;
    }

    @Override
    public synchronized Optional<String> rejection(UnitId id) {
        return Optional.ofNullable(rejections.get(id));
    }

    @Override
    public synchronized List<UnitId> expire(Instant cutoff) {
        List<UnitId> out = new ArrayList<>();
        waiting.entrySet().removeIf(e -> {
            if (e.getValue().acceptedAt().isBefore(cutoff)) {
                out.add(e.getKey());
                done.put(e.getKey(), DeliveryStatus.EXPIRED);
                return true;
            }
            return false;
        });
        return out;
    }

    @Override
    public synchronized DeliveryStatus status(UnitId id) {
        if (waiting.containsKey(id)) {
            return DeliveryStatus.WAITING;
        }
        return done.getOrDefault(id, DeliveryStatus.UNKNOWN);
    }

    /** For tests: how many units wait. */
    synchronized int waitingCount() {
        return waiting.size();
    }

}
