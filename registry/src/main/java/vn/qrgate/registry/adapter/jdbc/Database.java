package vn.qrgate.registry.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.port.StoreBusyException;
import vn.qrgate.registry.port.StoreFailureException;

/** The configured database, opened and with its schema up to date: what each JDBC store is built on. */
record Database(HikariDataSource dataSource, Dialect dialect, String description) {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Opens the pool and brings the schema up to date; throws StoreFailureException when it cannot. */
    static Database open(StoreConfig config) {
        Dialect dialect = config instanceof StoreConfig.Sqlite ? Dialect.SQLITE : Dialect.POSTGRESQL;
        String description = describe(config);
        HikariDataSource dataSource;
        try {
            dataSource = DataSources.open(config);
        } catch (HikariPool.PoolInitializationException e) {
            String why = e.getCause() instanceof SQLException sql ? Dialect.describe(sql) + " " + sql.getMessage()
                    : e.getClass().getSimpleName();
            // Connection errors name the host, user or file, never a password or a stored value.
            throw new StoreFailureException("cannot open the store (" + description + "): " + why, e);
        }
        try {
            migrate(dataSource, dialect, config);
        } catch (FlywayException e) {
            dataSource.close();
            throw new StoreFailureException("cannot bring the schema of " + description + " up to date: "
                    + e.getClass().getSimpleName(), e);
        }
        return new Database(dataSource, dialect, description);
    }

    RuntimeException translate(String operation, SQLException e) {
        String message = "could not " + operation + ": " + Dialect.describe(e);
        if (dialect.isTransient(e)) {
            return new StoreBusyException(message, e);
        }
        return new StoreFailureException(message, e);
    }

    static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The pool discards a connection whose state it cannot reset; nothing was committed.
            LOG.debug("rollback failed: {}", Dialect.describe(e));
        }
    }

    private static void migrate(HikariDataSource dataSource, Dialect dialect, StoreConfig config) {
        var flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .failOnMissingLocations(true);
        if (config instanceof StoreConfig.Postgresql pg && pg.schema().isPresent()) {
            flyway = flyway.schemas(pg.schema().get()).defaultSchema(pg.schema().get()).createSchemas(true);
        }
        var result = flyway.load().migrate();
        LOG.debug("schema up to date ({} migrations applied now)", result.migrationsExecuted);
    }

    private static String describe(StoreConfig config) {
        if (config instanceof StoreConfig.Sqlite sqlite) {
            return "sqlite " + sqlite.path().toAbsolutePath();
        }
        StoreConfig.Postgresql pg = (StoreConfig.Postgresql) config;
        return "postgresql " + pg.url() + pg.schema().map(s -> " schema " + s).orElse("");
    }
}
