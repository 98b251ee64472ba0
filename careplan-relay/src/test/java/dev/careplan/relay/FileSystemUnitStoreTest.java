package dev.careplan.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder store under requests running side by side: each unit stored once, each unit finished once, and the
 * quotas it answers from its index are those a store opened afresh on the same folder reads from the disk.
 */
class FileSystemUnitStoreTest {

    private static final Party CM = Party.of("1310000001", "43");
    private static final Party HH = Party.of("1310000002", "11");
    private static final Party DAY = Party.of("1310000003", "15");
    private static final Instant AT = Instant.parse("2025-05-25T00:30:00Z");

    @TempDir
    Path dir;

    @Test
    void concurrentPutsAndFinishesKeepEveryUnitOnceAndTheIndexTrue() throws Exception {
        FileSystemUnitStore store = new FileSystemUnitStore(dir);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Unit> units = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                units.add(unit(i % 2 == 0 ? HH : DAY, String.format("2025052509%04d", i), "content " + i));
            }
            // Every unit put three times at once: one is stored, the others are duplicates.
            List<Future<UnitStore.PutResult>> puts = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Unit u : units) {
                    puts.add(pool.submit(() -> store.put(u, AT)));
                }
            }
            int stored = 0;
            for (Future<UnitStore.PutResult> f : puts) {
                UnitStore.PutResult r = f.get();
                assertThat(r).isIn(UnitStore.PutResult.STORED, UnitStore.PutResult.DUPLICATE);
                stored += r == UnitStore.PutResult.STORED ? 1 : 0;
            }
            assertThat(stored).isEqualTo(units.size());
            // A different content under a taken id is a conflict.
            assertThat(store.put(unit(HH, "20250525090000", "other"), AT)).isEqualTo(UnitStore.PutResult.CONFLICT);

            // Half of each receiver's units acknowledged by two requests at once: one of them finishes it.
            List<Future<Boolean>> acks = new ArrayList<>();
            for (int i = 0; i < units.size(); i += 4) {
                UnitId id = units.get(i).id();
                Callable<Boolean> ack = () -> store.acknowledge(id, AT);
                acks.add(pool.submit(ack));
                acks.add(pool.submit(ack));
            }
            int finished = 0;
            for (Future<Boolean> f : acks) {
                finished += f.get() ? 1 : 0;
            }
            assertThat(finished).isEqualTo(10);
            assertThat(store.status(units.get(0).id())).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(store.status(units.get(2).id())).isEqualTo(DeliveryStatus.WAITING);

            FileSystemUnitStore reopened = new FileSystemUnitStore(dir);
            for (Party receiver : List.of(HH, DAY, CM)) {
                assertThat(store.waitingFor(receiver)).isEqualTo(reopened.waitingFor(receiver));
                assertThat(store.bytesWaitingFor(receiver)).isEqualTo(reopened.bytesWaitingFor(receiver));
            }
            assertThat(store.waitingFor(HH)).hasSize(10).isSorted();
            assertThat(store.waitingFor(DAY)).hasSize(20);
            assertThat(store.bytesWaitingFor(DAY)).isEqualTo(units.stream()
                    .filter(u -> u.id().receiver().equals(DAY)).mapToLong(Unit::size).sum());
            assertThat(store.waitingFor(CM)).isEmpty();
            assertThat(store.bytesWaitingFor(CM)).isZero();

            // Expiry takes the rest, once each, also when it runs twice at once.
            Future<List<UnitId>> first = pool.submit(() -> store.expire(AT.plusSeconds(1)));
            Future<List<UnitId>> second = pool.submit(() -> store.expire(AT.plusSeconds(1)));
            assertThat(first.get().size() + second.get().size()).isEqualTo(30);
            assertThat(store.waitingFor(HH)).isEmpty();
            assertThat(store.bytesWaitingFor(DAY)).isZero();
            assertThat(new FileSystemUnitStore(dir).waitingFor(DAY)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Unit unit(Party receiver, String seq, String content) {
        String name = "UPPLAN_202506_" + CM.office().value() + "_" + CM.kind().code() + "_" + receiver.office().value()
                + "_" + receiver.kind().code() + "_" + seq + ".CSV.p7m";
        return new Unit(Unit.idOf(name), List.of(new UnitFile(name, content.getBytes(StandardCharsets.US_ASCII))));
    }
}
