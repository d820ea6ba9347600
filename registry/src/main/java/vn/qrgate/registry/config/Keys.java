package vn.qrgate.registry.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema: which keys each section of the registry config allows. Unknown-key errors and their
 * suggestions come from these lists, so a key added to the registry is added here.
 */
final class Keys {

    static final List<String> TOP = List.of("http", "store", "retention", "maxBatch", "venues", "gateways", "accounts",
            "tracing", "signing");
    static final List<String> HTTP = List.of("host", "port", "publicUrl");
    static final List<String> SQLITE_ONLY = List.of("path");
    static final List<String> POSTGRESQL_ONLY = List.of("url", "user", "password", "schema");
    static final List<String> STORE = List.of("kind", "path", "url", "user", "password", "schema", "busyTimeout",
            "poolSize");
    static final List<String> TRACING = List.of("dwell");
    static final List<String> SIGNING = List.of("keyFile", "passphraseFile", "issuerName");
    static final List<String> VENUE = List.of("id", "name");
    static final List<String> GATEWAY = List.of("id", "token", "tokenSha256");
    static final List<String> ACCOUNT = List.of("id", "role", "venues", "area", "token", "tokenSha256");

    /** Section path → keys, for "this key belongs in another section" hints. */
    static final Map<String, List<String>> SCHEMA = schema();

    private Keys() {
    }

    private static Map<String, List<String>> schema() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("", TOP);
        map.put("http", HTTP);
        map.put("store", STORE);
        map.put("tracing", TRACING);
        map.put("signing", SIGNING);
        map.put("venues[]", VENUE);
        map.put("gateways[]", GATEWAY);
        map.put("accounts[]", ACCOUNT);
        return java.util.Collections.unmodifiableMap(map);
    }
}
