package vn.qrgate.registry.config;

import java.time.Duration;

/** Every default of the registry config, in one place; the loader and the records both use these. */
public final class Defaults {

    public static final String HTTP_HOST = "127.0.0.1";
    public static final int HTTP_PORT = 8080;
    /** Relative to the config file's folder. */
    public static final String SQLITE_PATH = "registry.db";
    /** DESIGN §7: check-ins are kept 30 days unless configured otherwise. */
    public static final Duration RETENTION = Duration.ofDays(30);
    public static final int MAX_BATCH = 1000;
    public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);
    // SQLite has one writer at a time: more connections only help readers.
    public static final int SQLITE_POOL_SIZE = 4;
    public static final int POSTGRESQL_POOL_SIZE = 10;

    /** How long a visitor with an IN scan and no OUT scan is taken to have stayed, for tracing. */
    public static final Duration TRACING_DWELL = Duration.ofHours(2);

    public static final Duration MIN_TRACING_DWELL = Duration.ofMinutes(1);
    // Longer than a day would make every forgotten OUT scan a contact of everyone the next day too.
    public static final Duration MAX_TRACING_DWELL = Duration.ofHours(24);
    public static final Duration MIN_RETENTION = Duration.ofHours(1);
    public static final Duration MAX_RETENTION = Duration.ofDays(3650);
    public static final int MAX_MAX_BATCH = 10_000;
    // HikariCP refuses a connection timeout below 250 ms.
    public static final Duration MIN_BUSY_TIMEOUT = Duration.ofMillis(250);
    public static final Duration MAX_BUSY_TIMEOUT = Duration.ofSeconds(60);
    public static final int MAX_POOL_SIZE = 100;

    /** Whose calendar "today" is in the live list (and where the registry's venues are). */
    public static final java.time.ZoneId LOCAL_ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    /** How many check-ins a live list opens with: today's newest. */
    public static final int LIVE_SNAPSHOT_SIZE = 100;
    /** A comment line this often keeps proxies from closing a quiet live stream. */
    public static final Duration LIVE_HEARTBEAT = Duration.ofSeconds(15);
    /** Check-ins one live subscriber may fall behind by before it is dropped rather than slow ingest. */
    public static final int LIVE_QUEUE_CAPACITY = 256;
    /** Self check-ins accepted per client address per {@link #SELF_CHECKIN_WINDOW}. */
    public static final int SELF_CHECKINS_PER_WINDOW = 10;
    public static final Duration SELF_CHECKIN_WINDOW = Duration.ofMinutes(1);

    /** How long a one-time login code may be used. */
    public static final Duration LOGIN_CODE_LIFETIME = Duration.ofMinutes(5);
    /** Wrong codes tried before the code is void. */
    public static final int LOGIN_CODE_WRONG_TRIES = 5;
    /** The least time between two codes sent to one phone. */
    public static final Duration LOGIN_CODE_MIN_GAP = Duration.ofSeconds(60);
    /** Codes sent to one phone within any hour. */
    public static final int LOGIN_CODES_PER_HOUR = 5;
    /** A console login lasts a working day; then the person logs in again. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    /** How long a token from {@code qrgate-registry token} is valid unless --valid-days says otherwise. */
    public static final int SCRIPT_TOKEN_VALID_DAYS = 90;
    public static final int MAX_SCRIPT_TOKEN_VALID_DAYS = 3650;

    /** The QG1 signing key file, relative to the config file's folder. */
    public static final String SIGNING_KEY_FILE = "signing-keys.json";
    /** Where the key file's passphrase comes from unless {@code signing.passphraseFile} is set. */
    public static final String SIGNING_PASSPHRASE_ENV = "QRGATE_SIGNING_PASSPHRASE";
    /** How long a code from {@code qrgate-registry issue} is valid unless --valid-days says otherwise. */
    public static final int QG1_VALID_DAYS = 365;
    /** The issuer printed on cards of accounts without an organisation or a ward (admins). */
    public static final String CARD_ISSUER_NAME = "QR Gate";
    public static final int MAX_QG1_VALID_DAYS = 3650;
    /** No code lives longer: a key retired this long ago has signed nothing still valid. */
    public static final java.time.Duration LONGEST_QG1_VALIDITY = java.time.Duration.ofDays(MAX_QG1_VALID_DAYS);

    private Defaults() {
    }
}
