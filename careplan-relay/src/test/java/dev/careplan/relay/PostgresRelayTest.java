package dev.careplan.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careplan.relay.testing.TestPostgres;
import dev.careplan.transport.DeliveryStatus;
import dev.careplan.transport.Unit;
import dev.careplan.transport.UnitId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;

/**
 * Every relay behaviour of {@link RelayTest} again, with the units in PostgreSQL (a real server: see
 * {@link TestPostgres}). A restart reopens the store on the same database.
 */
class PostgresRelayTest extends RelayTest {

    /** One database and store for the tests of this class, emptied before each test. */
    private static String url;
    private static PostgresUnitStore shared;

    /** A store this test opened again on the same database (a restart); closed after the test. */
    private PostgresUnitStore reopened;
    private boolean opened;

    @Override
    UnitStore openStore() {
        if (shared == null) {
            url = TestPostgres.newDatabase();
            shared = TestPostgres.connect(url);
        }
        if (!opened) {
            opened = true;
            TestPostgres.empty(url);
            return shared;
        }
        reopened = TestPostgres.connect(url);
        return reopened;
    }

    @Override
    void closeStore() {
        if (reopened != null) {
            reopened.close();
            reopened = null;
        }
    }

    @AfterAll
    static void closeShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    @Override
    long storedFiles(UnitId id) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM relay_file WHERE unit_key = ?")) {
            s.setString(1, id.key());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A node killed mid-upload: its transaction wrote the unit's rows and never committed. */
    @Override
    void leaveInterruptedWrite(Unit unit) throws Exception {
        Connection c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO relay_unit (unit_key, sender, receiver, sequence,"
                + " fingerprint, status, bytes, accepted_at) VALUES (?, 'x', ?, ?, 'x', 'WAITING', 1, ?)")) {
            s.setString(1, unit.id().key());
            s.setString(2, unit.receiver().office().value() + "_" + unit.receiver().kind().code());
            s.setString(3, unit.sequence().value());
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        c.close(); // the server rolls back a transaction whose connection is gone
    }

    @Override
    void assertInterruptedWriteCleared(Unit unit) {
        assertThat(store.status(unit.id())).isEqualTo(DeliveryStatus.UNKNOWN);
    }

    /** Folder-store only: stray folders do not exist in a database (not run here, as it has no {@code @Test}). */
    @Override
    void aStrayFolderInTheStoreDoesNotStopTheRelay() {
    }
}
