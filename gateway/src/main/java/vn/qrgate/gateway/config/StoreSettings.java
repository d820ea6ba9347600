package vn.qrgate.gateway.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.config.Secret;

/** Where the gateway keeps check-ins until the registry has them: a SQLite file, or a PostgreSQL schema. */
public sealed interface StoreSettings permits StoreSettings.Sqlite, StoreSettings.Postgresql {

    /** One file (plus its -wal and -shm), WAL journal, {@code synchronous=FULL}. */
    record Sqlite(Path path) implements StoreSettings {
        public Sqlite {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "sqlite " + path;
        }
    }

    /** Several gateways may share one database; {@code schema} is created when missing. */
    record Postgresql(String url, Optional<String> user, Optional<Secret> password, String schema)
            implements StoreSettings {
        public Postgresql {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(schema, "schema");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("store url must start with jdbc:postgresql:");
            }
            if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("store schema must be a plain lower-case SQL name");
            }
        }

        @Override
        public String describe() {
            return "postgresql " + GatewayValues.maskUserInfo(url) + " schema " + schema + user.map(u -> " as " + u).orElse("");
        }
    }

    /** For logs: the kind and where, secrets masked. */
    String describe();
}
