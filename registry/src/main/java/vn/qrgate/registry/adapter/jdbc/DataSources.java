package vn.qrgate.registry.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import vn.qrgate.registry.config.StoreConfig;

/** Connection pools for each kind of store, set up for durability first. */
final class DataSources {

    private DataSources() {
    }

    static HikariDataSource open(StoreConfig config) {
        HikariConfig pool = new HikariConfig();
        pool.setMaximumPoolSize(config.poolSize());
        pool.setMinimumIdle(1);
        // Waiting longer for a connection than for the database itself would only hide the overload.
        pool.setConnectionTimeout(config.busyTimeout().toMillis());
        pool.setValidationTimeout(Math.min(config.busyTimeout().toMillis(), 5_000));
        if (config instanceof StoreConfig.Sqlite sqlite) {
            pool.setPoolName("registry-sqlite");
            pool.setDataSource(sqlite(sqlite));
        } else {
            StoreConfig.Postgresql pg = (StoreConfig.Postgresql) config;
            pool.setPoolName("registry-postgresql");
            pool.setDriverClassName("org.postgresql.Driver");
            pool.setJdbcUrl(pg.url());
            pool.setUsername(pg.user());
            pg.password().ifPresent(p -> pool.setPassword(p.reveal()));
            pg.schema().ifPresent(pool::setSchema);
            // Without this the driver copies the server's DETAIL ("Failing row contains (...)") into
            // exception messages, and with it a visitor's name into a log line.
            pool.addDataSourceProperty("logServerErrorDetail", "false");
            pool.addDataSourceProperty("ApplicationName", "qrgate-registry");
            // A batch waiting on another's row locks gives up like SQLite's busy timeout does (SQLState
            // 55P03, answered 503), instead of holding a request and a connection indefinitely.
            pool.addDataSourceProperty("options", "-c lock_timeout=" + config.busyTimeout().toMillis());
        }
        return new HikariDataSource(pool);
    }

    private static SQLiteDataSource sqlite(StoreConfig.Sqlite config) {
        SQLiteConfig sqlite = new SQLiteConfig();
        // The registry's copy is what makes the chain exactly-once (DESIGN §6): commit means on disk.
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout((int) config.busyTimeout().toMillis());
        // SQLite ignores REFERENCES unless asked, per connection; the area hierarchy relies on them.
        sqlite.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + config.path().toAbsolutePath());
        return source;
    }
}
