package vn.qrgate.gateway.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL the tests use: database {@code test} on 127.0.0.1:5432 (trust auth), overridable with
 * {@code -Dqrgate.test.pg.url=...} and {@code -Dqrgate.test.pg.user=...}. Each test run gets its own schema.
 */
public final class Postgres {

    public static final String URL = System.getProperty("qrgate.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("qrgate.test.pg.user", "postgres");

    private Postgres() {
    }

    public static String freshSchemaName() {
        return "gw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void drop(String schema) {
        try (Connection c = DriverManager.getConnection(URL, USER, null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}
