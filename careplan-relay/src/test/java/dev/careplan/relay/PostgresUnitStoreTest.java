package dev.careplan.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.model.Party;
import dev.careplan.relay.testing.TestPostgres;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store's own guarantees, with two stores on one database standing for two relay nodes. */
class PostgresUnitStoreTest {

    static final Party CM = Party.of("1310000001", "43");
    static final Party HH = Party.of("1310000002", "11");
    static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

    String url;
    PostgresUnitStore nodeA;
    PostgresUnitStore nodeB;

    @BeforeEach
    void open() {
        url = TestPostgres.newDatabase();
        nodeA = PostgresUnitStore.connect(url, null, new char[0], 4);
        nodeB = PostgresUnitStore.connect(url, null, new char[0], 4);
    }

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    static Unit unit(String seq, byte[]... contents) {
        List<UnitFile> files = new ArrayList<>();
        String[] prefixes = {"UPPLAN_202506", "UPSIKYU_202506", "UPHOSOKU_202506"};
        for (int i = 0; i < contents.length; i++) {
            files.add(new UnitFile(prefixes[i] + "_1310000001_43_1310000002_11_" + seq + ".CSV.p7m", contents[i]));
        }
        return new Unit(Unit.idOf(files.get(0).name()), files);
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void filesOfSeveralChunksAndEmptyFilesComeBackByteForByte() {
        byte[] big = random(PostgresUnitStore.CHUNK_BYTES * 2 + 17, 1);
        Unit u = unit("20250601000000", big, new byte[0], random(PostgresUnitStore.CHUNK_BYTES, 2));
        assertThat(nodeA.put(u, T0)).isEqualTo(UnitStore.PutResult.STORED);
        assertThat(nodeB.get(u.id())).contains(u);
        assertThat(nodeB.bytesWaitingFor(HH)).isEqualTo(u.size());
    }

    @Test
    void theSameUnitUploadedThroughTwoNodesAtOnceIsStoredOnce() throws Exception {
        Unit u = unit("20250601000000", random(300_000, 3));
        Unit other = unit("20250601000000", random(300_000, 4));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<UnitStore.PutResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                PostgresUnitStore node = i % 2 == 0 ? nodeA : nodeB;
                results.add(pool.submit(() -> node.put(u, T0)));
            }
            List<UnitStore.PutResult> seen = new ArrayList<>();
            for (Future<UnitStore.PutResult> f : results) {
                seen.add(f.get());
            }
            assertThat(seen).containsOnlyOnce(UnitStore.PutResult.STORED)
                    .containsOnly(UnitStore.PutResult.STORED, UnitStore.PutResult.DUPLICATE);
        } finally {
            pool.shutdown();
        }
        assertThat(nodeB.put(other, T0)).isEqualTo(UnitStore.PutResult.CONFLICT);
        assertThat(nodeA.get(u.id())).contains(u);
        assertThat(count("SELECT count(*) FROM relay_file")).isEqualTo(1);
    }

    @Test
    void acknowledgingDeletesTheBytesAndRecordsDeliveryTogether() throws Exception {
        Unit u = unit("20250601000000", random(600_000, 5), random(10, 6));
        nodeA.put(u, T0);
        assertThat(count("SELECT count(*) FROM relay_chunk")).isEqualTo(4);
        assertThat(nodeB.acknowledge(u.id(), T0.plusSeconds(60))).isTrue();
        assertThat(nodeA.acknowledge(u.id(), T0.plusSeconds(61))).as("only once").isFalse();
        assertThat(nodeA.status(u.id())).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(nodeA.get(u.id())).isEmpty();
        assertThat(count("SELECT count(*) FROM relay_chunk")).isZero();
        assertThat(count("SELECT count(*) FROM relay_journal WHERE outcome = 'DELIVERED'")).isEqualTo(1);
        assertThat(nodeA.put(u, T0.plusSeconds(120))).as("an identical re-send after delivery")
                .isEqualTo(UnitStore.PutResult.DUPLICATE);
        assertThat(nodeA.waitingFor(HH)).isEmpty();
    }

    @Test
    void twoNodesSweepingAtOnceExpireEachUnitExactlyOnce() throws Exception {
        Set<UnitId> all = new HashSet<>();
        for (int i = 0; i < 250; i++) {
            Unit u = unit(String.format("2025060100%02d%02d", i / 60, i % 60), random(64, i));
            nodeA.put(u, T0.plusSeconds(i));
            all.add(u.id());
        }
        Unit fresh = unit("20250701000000", random(64, 999));
        nodeA.put(fresh, T0.plusSeconds(10_000));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<List<UnitId>> sweepA = () -> nodeA.expire(T0.plusSeconds(5_000));
            Callable<List<UnitId>> sweepB = () -> nodeB.expire(T0.plusSeconds(5_000));
            Future<List<UnitId>> a = pool.submit(sweepA);
            Future<List<UnitId>> b = pool.submit(sweepB);
            List<UnitId> both = new ArrayList<>(a.get());
            both.addAll(b.get());
            assertThat(both).hasSize(250).doesNotHaveDuplicates();
            assertThat(new HashSet<>(both)).isEqualTo(all);
        } finally {
            pool.shutdown();
        }
        assertThat(nodeB.waitingFor(HH)).containsExactly(fresh.id());
        assertThat(nodeB.status(all.iterator().next())).isEqualTo(DeliveryStatus.EXPIRED);
        assertThat(count("SELECT count(*) FROM relay_journal WHERE outcome = 'EXPIRED'")).isEqualTo(250);
    }

    @Test
    void aRejectionKeepsItsReasonForTheSender() {
        Unit u = unit("20250601000000", random(10, 7));
        nodeA.put(u, T0);
        assertThat(nodeB.reject(u.id(), "MALFORMED", T0)).isTrue();
        assertThat(nodeA.status(u.id())).isEqualTo(DeliveryStatus.REJECTED);
        assertThat(nodeA.rejection(u.id())).contains("MALFORMED");
        assertThat(nodeA.acknowledge(u.id(), T0)).isFalse();
    }
}
