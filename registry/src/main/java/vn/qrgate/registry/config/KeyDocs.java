package vn.qrgate.registry.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.qrgate.config.KeyDoc;

/**
 * What each registry config key means and which values it takes, in one place:
 * {@code docs/config-reference-registry.md} is generated from this map, {@link Keys} and {@link Defaults},
 * and a test fails when a key has no entry here or an entry names a key that does not exist.
 * List items are written {@code venues[n]}.
 */
public final class KeyDocs {

    private static final Map<String, KeyDoc> DOCS = new LinkedHashMap<>();

    static {
        doc("http", "where the API and the web console listen", "a section");
        doc("store", "where check-ins, venues, people, roll-ups and the audit log are kept", "a section");
        doc("retention", "check-ins scanned earlier than this are deleted (hourly); older people sketches are made dense",
                "a duration from `1h` to `3650d`");
        doc("maxBatch", "most events a gateway may POST at once", "1–10000");
        doc("venues", "venues run from this file alone (no type or area); venues registered in the console live in the store",
                "a list of `{id, name}`; may be absent");
        doc("gateways", "gateways allowed to deliver check-ins; more can be registered in the console",
                "a list of `{id, token}`; may be absent (check-config warns)");
        doc("accounts", "accounts for scripts and bootstrap; people log in by phone instead",
                "a list of `{id, role, …, token}`");
        doc("tracing", "contact tracing settings", "a section");
        doc("signing", "the keys that sign personal QG1 codes (`qrgate-registry keys`, `issue`)", "a section; may be absent");

        doc("http.host", "the address to listen on", "an address; `0.0.0.0` for every interface");
        doc("http.port", "the port", "0–65535; `0` takes a free one");
        doc("http.publicUrl", "the address the poster's QR points at (`<publicUrl>/c/<venue code>`)",
                "an `http://` or `https://` URL; default: the registry's own address");

        doc("store.kind", "the database", "`sqlite` (one machine) or `postgresql` (a province or more)");
        doc("store.path", "sqlite: the database file", "a path, relative to the config file's folder; the folder must exist");
        doc("store.url", "postgresql: the JDBC URL", "`jdbc:postgresql://host:5432/db`");
        doc("store.user", "postgresql: the login", "text");
        doc("store.password", "postgresql: the password", "use `${ENV:NAME}`; shown as `***`");
        doc("store.schema", "postgresql: the schema, created when missing", "a lower-case schema name");
        doc("store.busyTimeout", "how long a request waits for a connection or a lock before answering 503",
                "a duration from `250ms` to `60s`");
        doc("store.poolSize", "database connections", "1–100");

        doc("tracing.dwell", "how long a visitor with an IN and no OUT counts as present", "a duration from `1m` to `24h`");

        doc("signing.keyFile", "the signing key file (public keys in clear, private keys AES-256-GCM encrypted; "
                + "mode 0600)", "a path, relative to the config file's folder");
        doc("signing.passphraseFile", "a file holding the key file's passphrase (mode 600, or 640 with the service's "
                + "group; one everyone may read is refused); without it the passphrase comes from the environment variable "
                + "`QRGATE_SIGNING_PASSPHRASE`", "a path, relative to the config file's folder");
        doc("signing.issuerName", "the issuer printed on QG1 cards issued by admins (card issuers print their organisation, "
                + "ward officials `UBND` + their ward)", "1–100 characters");

        doc("venues[n].id", "the id readers put in `device.venue`", "1–64 letters, digits, `.`, `_`, `-`");
        doc("venues[n].name", "the venue's name", "1–200 characters");

        doc("gateways[n].id", "the gateway's id", "1–64 lower-case letters, digits and `-`");
        doc("gateways[n].token", "its bearer token", "16–512 printable characters; use `${ENV:NAME}`");
        doc("gateways[n].tokenSha256", "instead of `token`: the token's SHA-256", "64 hex digits");

        doc("accounts[n].id", "the account's id, as the audit log shows it", "1–64 letters, digits, `.`, `_`, `@`, `-`");
        doc("accounts[n].role", "what it may see", "`venue-staff`, `venue-owner`, `ward-official`, `district-official`, "
                + "`province-official`, `health-tracer`, `admin`");
        doc("accounts[n].venues", "venue staff and owners: their venues", "ids from `venues`");
        doc("accounts[n].area", "officials: their area's code in the official list", "digits, e.g. `'48'`, `'492'`");
        doc("accounts[n].token", "its bearer token", "16–512 printable characters; use `${ENV:NAME}`");
        doc("accounts[n].tokenSha256", "instead of `token`: the token's SHA-256", "64 hex digits");
    }

    private KeyDocs() {
    }

    private static void doc(String path, String what, String allowed) {
        DOCS.put(path, new KeyDoc(what, allowed));
    }

    public static Map<String, KeyDoc> all() {
        return Collections.unmodifiableMap(DOCS);
    }
}
