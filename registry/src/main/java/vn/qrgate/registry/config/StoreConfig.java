package vn.qrgate.registry.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.qrgate.config.Secret;

/**
 * Where check-ins are kept: an SQLite file (one machine) or PostgreSQL (DESIGN §8). {@code busyTimeout}
 * is how long a request waits for the database (SQLite's write lock, PostgreSQL's row locks, a pooled
 * connection) before the registry answers 503 so the gateway backs off.
 */
public sealed interface StoreConfig permits StoreConfig.Sqlite, StoreConfig.Postgresql {

    Duration busyTimeout();

    int poolSize();

    record Sqlite(Path path, Duration busyTimeout, int poolSize) implements StoreConfig {
        public Sqlite {
            Objects.requireNonNull(path, "path");
            checkCommon(busyTimeout, poolSize);
        }

        public static Sqlite at(Path path) {
            return new Sqlite(path, Defaults.BUSY_TIMEOUT, Defaults.SQLITE_POOL_SIZE);
        }

        public Sqlite withBusyTimeout(Duration timeout) {
            return new Sqlite(path, timeout, poolSize);
        }
    }

    /** {@code schema}: where the tables go (created when absent); empty means the server's default. */
    record Postgresql(String url, String user, Optional<Secret> password, Optional<String> schema,
            Duration busyTimeout, int poolSize) implements StoreConfig {

        public static final String URL_PREFIX = "jdbc:postgresql://";
        public static final String SCHEMA_PATTERN = "[a-z_][a-z0-9_]{0,62}";
        private static final Pattern SCHEMA = Pattern.compile(SCHEMA_PATTERN);

        public Postgresql {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(schema, "schema");
            if (!url.startsWith(URL_PREFIX)) {
                throw new IllegalArgumentException("store.url must start with " + URL_PREFIX);
            }
            if (schema.isPresent() && !SCHEMA.matcher(schema.get()).matches()) {
                throw new IllegalArgumentException("store.schema must match " + SCHEMA_PATTERN);
            }
            checkCommon(busyTimeout, poolSize);
        }

        public static Postgresql of(String url, String user, Optional<Secret> password, Optional<String> schema) {
            return new Postgresql(url, user, password, schema, Defaults.BUSY_TIMEOUT, Defaults.POSTGRESQL_POOL_SIZE);
        }

        @Override
        public String toString() {
            return "Postgresql[url=" + url + ", user=" + user + ", password=" + (password.isPresent() ? Secret.SHOWN : "none")
                    + ", schema=" + schema.orElse("(default)") + ", busyTimeout=" + busyTimeout + ", poolSize=" + poolSize + "]";
        }
    }

    private static void checkCommon(Duration busyTimeout, int poolSize) {
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (busyTimeout.compareTo(Defaults.MIN_BUSY_TIMEOUT) < 0 || busyTimeout.compareTo(Defaults.MAX_BUSY_TIMEOUT) > 0) {
            throw new IllegalArgumentException("store.busyTimeout must be 250ms..60s");
        }
        if (poolSize < 1 || poolSize > Defaults.MAX_POOL_SIZE) {
            throw new IllegalArgumentException("store.poolSize must be 1.." + Defaults.MAX_POOL_SIZE);
        }
    }
}
