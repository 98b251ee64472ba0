package dev.careplan.relay;

import dev.careplan.relay.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;

/**
 * Every hostile-input behaviour of {@link HostileInputTest} again, with the relay's units in PostgreSQL. The tests
 * of this class share one database, emptied before each.
 */
class PostgresHostileInputTest extends HostileInputTest {

    private static PostgresUnitStore shared;
    private static String url;

    @Override
    UnitStore openStore() {
        if (shared == null) {
            url = TestPostgres.newDatabase();
            shared = TestPostgres.connect(url);
        }
        TestPostgres.empty(url);
        return shared;
    }

    @AfterAll
    static void closeShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }
}
