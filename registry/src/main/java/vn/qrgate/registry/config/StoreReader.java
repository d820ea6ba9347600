package vn.qrgate.registry.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Secret;
import vn.qrgate.config.Section;
import vn.qrgate.config.Values;

/** The {@code store} section: an SQLite file (the default) or a PostgreSQL database. */
final class StoreReader {

    private static final String SQLITE = "sqlite";
    private static final String POSTGRESQL = "postgresql";
    private static final Pattern SCHEMA = Pattern.compile(StoreConfig.Postgresql.SCHEMA_PATTERN);
    private static final Pattern USER = Pattern.compile("[^\\s]{1,63}");

    private final Reading reading;
    private final Path baseDir;

    StoreReader(Reading reading, Path baseDir) {
        this.reading = reading;
        this.baseDir = baseDir;
    }

    StoreConfig read(Section top) {
        Optional<Section> found = top.child("store", Keys.STORE);
        if (found.isEmpty()) {
            Path path = baseDir.resolve(Defaults.SQLITE_PATH).normalize();
            return checkFolder("store.path", path.toString(), path) ? StoreConfig.Sqlite.at(path) : null;
        }
        Section store = found.get();
        store.reading().markSecret(store.key("password"));
        String kind = store.orDefault("kind", Values.oneOf(List.of(SQLITE, POSTGRESQL), k -> k), SQLITE);
        Duration busyTimeout = store.orDefault("busyTimeout",
                RegistryValues.duration(Defaults.MIN_BUSY_TIMEOUT, Defaults.MAX_BUSY_TIMEOUT), Defaults.BUSY_TIMEOUT);
        if (kind == null) {
            return null;
        }
        boolean sqlite = kind.equals(SQLITE);
        Integer poolSize = store.orDefault("poolSize", Values.integer(1, Defaults.MAX_POOL_SIZE),
                sqlite ? Defaults.SQLITE_POOL_SIZE : Defaults.POSTGRESQL_POOL_SIZE);
        for (String key : sqlite ? Keys.POSTGRESQL_ONLY : Keys.SQLITE_ONLY) {
            if (store.raw(key) != null) {
                store.error(key, "only for kind: " + (sqlite ? POSTGRESQL : SQLITE) + " (this store is kind: " + kind
                        + "); remove it");
            }
        }
        StoreConfig config = sqlite ? sqlite(store, busyTimeout, poolSize) : postgresql(store, busyTimeout, poolSize);
        return busyTimeout == null || poolSize == null ? null : config;
    }

    private StoreConfig sqlite(Section store, Duration busyTimeout, Integer poolSize) {
        Path path = store.orDefault("path", RegistryValues.path(baseDir), baseDir.resolve(Defaults.SQLITE_PATH).normalize());
        if (path == null || !checkFolder(store.key("path"), store.given("path") ? store.written("path") : path.toString(),
                path)) {
            return null;
        }
        return busyTimeout == null || poolSize == null ? null : new StoreConfig.Sqlite(path, busyTimeout, poolSize);
    }

    private StoreConfig postgresql(Section store, Duration busyTimeout, Integer poolSize) {
        String url = store.require("url", text -> {
            if (!text.startsWith(StoreConfig.Postgresql.URL_PREFIX) || text.length() <= StoreConfig.Postgresql.URL_PREFIX.length()) {
                throw new IllegalArgumentException("a JDBC URL such as jdbc:postgresql://db.local:5432/qrgate");
            }
            if (RegistryValues.maskUrlSecrets(text).contains(Secret.SHOWN)) {
                throw new IllegalArgumentException("write the user and password under store.user and store.password, not in the URL");
            }
            return text;
        }, "jdbc:postgresql://127.0.0.1:5432/qrgate");
        String user = store.require("user", RegistryValues.matching(USER, "a database user name (no spaces)"), "qrgate");
        Optional<Secret> password = store.scalar("password").map(Secret::new);
        String schema = store.orDefault("schema", RegistryValues.matching(SCHEMA, "a schema name: lower-case letters, digits "
                + "and _, starting with a letter or _ (" + StoreConfig.Postgresql.SCHEMA_PATTERN + "); it is created "
                + "when absent"), null);
        if (url == null || user == null || busyTimeout == null || poolSize == null
                || (store.given("schema") && schema == null)) {
            return null;
        }
        return new StoreConfig.Postgresql(url, user, password, Optional.ofNullable(schema), busyTimeout, poolSize);
    }

    /** The database file may not exist yet, but its folder must, and the registry must be able to write there. */
    private boolean checkFolder(String key, String written, Path file) {
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            reading.error(key, written, "is a folder; name the database file in it, e.g. " + file.resolve("registry.db"));
            return false;
        }
        if (folder == null || !Files.isDirectory(folder)) {
            reading.error(key, written, "the folder " + folder + " does not exist; create it (mkdir -p " + folder
                    + ", owned by the registry's user) or choose another path");
            return false;
        }
        if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
            reading.error(key, written, "the registry cannot write " + (Files.exists(file) ? file : folder)
                    + "; check its owner and mode (the registry's user needs write access)");
            return false;
        }
        return true;
    }
}
