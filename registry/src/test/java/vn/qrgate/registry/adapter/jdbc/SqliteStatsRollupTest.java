package vn.qrgate.registry.adapter.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.config.StoreConfig;

class SqliteStatsRollupTest extends StatsRollupContract {

    @TempDir
    Path dir;

    @Override
    protected StoreConfig config() {
        return StoreConfig.Sqlite.at(dir.resolve("registry.db"));
    }

    @Override
    protected Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("registry.db"));
    }

    @Override
    protected Instant scannedAt(ResultSet rs) throws Exception {
        long micros = rs.getLong("scanned_at");
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000);
    }
}
