package dev.careplan.relay;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.careplan.model.Party;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.TransportException;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitFile;
import dev.careplan.transport.UnitId;
import dev.careplan.transport.internal.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A {@link UnitStore} in PostgreSQL (中継サーバの保管先), shared by every relay node on one database: unit metadata,
 * mailboxes, delivery status and a journal of outcomes in tables, file bytes in {@code bytea} chunks of
 * {@value #CHUNK_BYTES} bytes. The schema is created and migrated with Flyway when the store opens.
 *
 * <p>Why chunks of {@code bytea} and not large objects: a chunk is an ordinary row, so acknowledging a unit deletes
 * its bytes by a cascading delete in the same transaction that records it as delivered, backups and replicas need
 * nothing special, and no orphaned large object can be left behind by a node killed between two statements; each
 * chunk is written and read on its own, so no statement carries a whole file: an upload is streamed into chunks and a
 * download fetches one chunk at a time, so a transfer holds one chunk in memory whatever the unit's size.
 *
 * <p>Every rule that must hold across nodes is the database's: an identical re-send and a conflicting one are told
 * apart by the unit's primary key (a concurrent upload of the same id waits for the first to commit, then compares
 * fingerprints), a unit becomes visible only when its transaction commits (a node killed mid-upload leaves
 * nothing), and the retention sweep takes the expired units with {@code FOR UPDATE SKIP LOCKED}, so every node may
 * run it at once and none waits for another.
 */
public final class PostgresUnitStore implements UnitStore, AutoCloseable {

    /** Size of one stored chunk of file bytes. */
    public static final int CHUNK_BYTES = 256 * 1024;

    private static final int EXPIRE_BATCH = 200;

    /** Query time of the health probe. */
    private static final int PROBE_SECONDS = 2;

    private final DataSource dataSource;
    private final AutoCloseable owned;

    private PostgresUnitStore(DataSource dataSource, AutoCloseable owned) {
        this.dataSource = dataSource;
        this.owned = owned;
    }

    /**
     * Opens a store on {@code dataSource} (owned by the caller), creating or migrating the schema first.
     *
     * @throws TransportException when the database cannot be reached or migrated
     */
    public static PostgresUnitStore open(DataSource dataSource) {
        migrate(Objects.requireNonNull(dataSource, "dataSource"));
        return new PostgresUnitStore(dataSource, () -> { });
    }

    /**
     * Connects with a pool of at most {@code poolSize} connections to {@code jdbcUrl} (a
     * {@code jdbc:postgresql://} URL) as {@code user}, and migrates the schema; {@link #close()} closes the pool.
     * The pool needs at least 2 connections (migrating takes two at once).
     *
     * @throws TransportException when the database cannot be reached or migrated
     */
    public static PostgresUnitStore connect(String jdbcUrl, String user, char[] password, int poolSize) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host/database)");
        }
        if (poolSize < 2) {
            throw new IllegalArgumentException("the PostgreSQL unit store needs a pool of at least 2 connections");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(new String(password));
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("careplan-relay-store");
        config.setAutoCommit(true);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new TransportException(TransportException.Reason.UNAVAILABLE,
                    "cannot connect to the PostgreSQL unit store: " + e.getMessage(), e);
        }
        try {
            migrate(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new PostgresUnitStore(ds, ds);
    }

    private static void migrate(DataSource ds) {
        try {
            Flyway.configure().dataSource(ds).locations("classpath:dev/careplan/relay/postgres/migration")
                    .table("relay_schema_history").load().migrate();
        } catch (RuntimeException e) {
            throw new TransportException(TransportException.Reason.UNAVAILABLE,
                    "cannot create or migrate the PostgreSQL unit store: " + e.getMessage(), e);
        }
    }

    @Override
    public PutResult put(Unit unit, Instant acceptedAt) {
        String fp = Fingerprint.of(unit);
        String key = unit.id().key();
        return inTransaction(c -> {
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO relay_unit (unit_key, sender, receiver,"
                    + " sequence, fingerprint, status, bytes, accepted_at) VALUES (?, ?, ?, ?, ?, 'WAITING', ?, ?)"
                    + " ON CONFLICT (unit_key) DO NOTHING")) {
                ins.setString(1, key);
                ins.setString(2, party(unit.sender()));
                ins.setString(3, party(unit.receiver()));
                ins.setString(4, unit.sequence().value());
                ins.setString(5, fp);
                ins.setLong(6, unit.size());
                ins.setTimestamp(7, Timestamp.from(acceptedAt));
                if (ins.executeUpdate() == 0) {
                    // Another upload of this id committed first (on any node): compare what was stored.
                    String known = queryString(c, "SELECT fingerprint FROM relay_unit WHERE unit_key = ?", key)
                            .orElseThrow(() -> new SQLException("unit row vanished: " + key));
                    return known.equals(fp) ? PutResult.DUPLICATE : PutResult.CONFLICT;
                }
            }
            writeFiles(c, key, unit.files());
            journal(c, key, "STORED", null, acceptedAt);
            return PutResult.STORED;
        });
    }

    /** Writes each file chunk by chunk from its stream: one chunk in memory at a time, whatever the unit's size. */
    private static void writeFiles(Connection c, String key, List<UnitFile> files) throws SQLException {
        try (PreparedStatement file = c.prepareStatement(
                "INSERT INTO relay_file (unit_key, name, ordinal, size, sha256) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement chunk = c.prepareStatement(
                        "INSERT INTO relay_chunk (unit_key, name, chunk, data) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < files.size(); i++) {
                UnitFile f = files.get(i);
                file.setString(1, key);
                file.setString(2, f.name());
                file.setInt(3, i);
                file.setLong(4, f.size());
                file.setString(5, f.sha256());
                file.executeUpdate();
                long written = 0;
                try (InputStream in = f.open()) {
                    for (int n = 0; ; n++) {
                        byte[] b = in.readNBytes(CHUNK_BYTES);
                        if (b.length == 0 && n > 0) {
                            break;
                        }
                        chunk.setString(1, key);
                        chunk.setString(2, f.name());
                        chunk.setInt(3, n);
                        chunk.setBytes(4, b);
                        chunk.executeUpdate();
                        written += b.length;
                        if (b.length < CHUNK_BYTES) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    throw new SQLException("cannot read " + f.name() + " to store it", e);
                }
                if (written != f.size()) {
                    throw new SQLException(f.name() + " has " + written + " bytes, not the " + f.size() + " announced");
                }
            }
        }
    }

    @Override
    public List<UnitId> waitingFor(Party receiver) {
        return inTransaction(c -> {
            List<UnitId> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT unit_key FROM relay_unit WHERE receiver = ? AND status = 'WAITING' ORDER BY sequence")) {
                s.setString(1, party(receiver));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(UnitId.parse(rs.getString(1)));
                    }
                }
            }
            out.sort(null);
            return out;
        });
    }

    @Override
    public long bytesWaitingFor(Party receiver) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT coalesce(sum(bytes), 0) FROM relay_unit WHERE receiver = ? AND status = 'WAITING'")) {
                s.setString(1, party(receiver));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Optional<Unit> get(UnitId id) {
        // The files are streamed chunk by chunk when read (ChunkStream); a unit acknowledged meanwhile on another node
        // ends such a stream with an error rather than a shortened file.
        return inTransaction(c -> {
            String key = id.key();
            List<UnitFile> files = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT f.name, f.size, f.sha256 FROM relay_file f"
                    + " JOIN relay_unit u ON u.unit_key = f.unit_key WHERE f.unit_key = ? AND u.status = 'WAITING'"
                    + " ORDER BY f.ordinal")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        String sha256 = rs.getString(3);
                        UnitFile.Source chunks = () -> new ChunkStream(dataSource, key, name);
                        files.add(sha256 == null ? UnitFile.streamed(name, rs.getLong(2), chunks)
                                : UnitFile.streamed(name, rs.getLong(2), sha256, chunks));
                    }
                }
            }
            if (files.isEmpty()) {
                return Optional.<Unit>empty();
            }
            return Optional.of(new Unit(id, files));
        });
    }

    @Override
    public boolean acknowledge(UnitId id, Instant at) {
        return finish(id, DeliveryStatus.DELIVERED, null, at);
    }

    @Override
    public boolean reject(UnitId id, String reasonCode, Instant at) {
        return finish(id, DeliveryStatus.REJECTED, Objects.requireNonNull(reasonCode), at);
    }

    @Override
    public Optional<String> rejection(UnitId id) {
        return inTransaction(c -> queryString(c,
                "SELECT reason FROM relay_unit WHERE unit_key = ? AND status = 'REJECTED'", id.key()));
    }

    /** Records the outcome and deletes the bytes in one transaction: both happen, or neither. */
    private boolean finish(UnitId id, DeliveryStatus outcome, String reason, Instant at) {
        return inTransaction(c -> finish(c, id.key(), outcome, reason, at));
    }

    private static boolean finish(Connection c, String key, DeliveryStatus outcome, String reason, Instant at)
            throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE relay_unit SET status = ?, reason = ?,"
                + " finished_at = ? WHERE unit_key = ? AND status = 'WAITING'")) {
            u.setString(1, outcome.name());
            u.setString(2, reason);
            u.setTimestamp(3, Timestamp.from(at));
            u.setString(4, key);
            if (u.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement d = c.prepareStatement("DELETE FROM relay_file WHERE unit_key = ?")) {
            d.setString(1, key);
            d.executeUpdate();
        }
        journal(c, key, outcome.name(), reason, at);
        return true;
    }

    @Override
    public List<UnitId> expire(Instant cutoff) {
        List<UnitId> out = new ArrayList<>();
        while (true) {
            // Batches, each its own transaction: a node sweeping skips the rows another node is sweeping (or a
            // receiver is acknowledging) instead of waiting for them.
            List<UnitId> batch = inTransaction(c -> {
                List<String> keys = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT unit_key FROM relay_unit WHERE status ="
                        + " 'WAITING' AND accepted_at < ? ORDER BY accepted_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
                    s.setTimestamp(1, Timestamp.from(cutoff));
                    s.setInt(2, EXPIRE_BATCH);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            keys.add(rs.getString(1));
                        }
                    }
                }
                List<UnitId> done = new ArrayList<>();
                for (String k : keys) {
                    if (finish(c, k, DeliveryStatus.EXPIRED, null, cutoff)) {
                        done.add(UnitId.parse(k));
                    }
                }
                return done;
            });
            out.addAll(batch);
            if (batch.size() < EXPIRE_BATCH) {
                return out;
            }
        }
    }

    @Override
    public DeliveryStatus status(UnitId id) {
        return inTransaction(c -> queryString(c, "SELECT status FROM relay_unit WHERE unit_key = ?", id.key())
                .map(DeliveryStatus::valueOf).orElse(DeliveryStatus.UNKNOWN));
    }

    /** One {@code SELECT 1} on a connection of the pool, bounded to 2 s of query time. */
    @Override
    public boolean reachable() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(PROBE_SECONDS);
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                return rs.next();
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Closes the connection pool when this store opened it. */
    @Override
    public void close() {
        try {
            owned.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the PostgreSQL unit store", e);
        }
    }

    /**
     * A stored file's bytes, one chunk fetched at a time on a pooled connection: memory is one chunk, and no
     * connection is held between reads by a slow client. A chunk gone (the unit was delivered meanwhile) is an error.
     */
    private static final class ChunkStream extends InputStream {
        private final DataSource ds;
        private final String key;
        private final String name;
        private int next;
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean last;

        ChunkStream(DataSource ds, String key, String name) {
            this.ds = ds;
            this.key = key;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == chunk.length) {
                if (last) {
                    return -1;
                }
                fetch();
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }

        private void fetch() throws IOException {
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT data, (SELECT max(chunk) FROM relay_chunk WHERE unit_key = ? AND name = ?)"
                            + " FROM relay_chunk WHERE unit_key = ? AND name = ? AND chunk = ?")) {
                s.setString(1, key);
                s.setString(2, name);
                s.setString(3, key);
                s.setString(4, name);
                s.setInt(5, next);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IOException("unit " + key + " is no longer stored");
                    }
                    chunk = rs.getBytes(1);
                    last = next >= rs.getInt(2);
                    pos = 0;
                    next++;
                }
            } catch (SQLException e) {
                throw new IOException("cannot read unit " + key + " from PostgreSQL", e);
            }
        }
    }

    private static void journal(Connection c, String key, String outcome, String reason, Instant at)
            throws SQLException {
        try (PreparedStatement j = c.prepareStatement(
                "INSERT INTO relay_journal (unit_key, outcome, reason, at) VALUES (?, ?, ?, ?)")) {
            j.setString(1, key);
            j.setString(2, outcome);
            j.setString(3, reason);
            j.setTimestamp(4, Timestamp.from(at));
            j.executeUpdate();
        }
    }

    private static Optional<String> queryString(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static String party(Party p) {
        return p.office().value() + "_" + p.kind().code();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        return inTransaction(Connection.TRANSACTION_READ_COMMITTED, work);
    }

    private <T> T inTransaction(int isolation, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            int oldIsolation = c.getTransactionIsolation();
            boolean oldAutoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setTransactionIsolation(isolation);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setTransactionIsolation(oldIsolation);
                c.setAutoCommit(oldAutoCommit);
            }
        } catch (SQLException e) {
            throw new TransportException(TransportException.Reason.UNAVAILABLE,
                    "the PostgreSQL unit store failed (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
