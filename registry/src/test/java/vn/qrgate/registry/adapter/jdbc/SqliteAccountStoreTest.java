package vn.qrgate.registry.adapter.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.config.StoreConfig;

class SqliteAccountStoreTest extends AccountStoreContract {

    @TempDir
    Path dir;

    @Override
    protected StoreConfig config() {
        return StoreConfig.Sqlite.at(dir.resolve("registry.db"));
    }
}
