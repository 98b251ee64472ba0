package dev.careplan.transport;

/** Every hostile-input behaviour of {@link HostileInputTest} again, with the relay's units in PostgreSQL. */
class PostgresHostileInputTest extends HostileInputTest {

    private PostgresUnitStore pg;

    @Override
    UnitStore openStore() {
        pg = TestPostgres.newStore();
        return pg;
    }

    @Override
    void closeStore() {
        pg.close();
    }
}
