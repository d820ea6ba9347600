package vn.qrgate.registry.config;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.qrgate.registry.domain.TokenDigest;

/** A gateway allowed to POST check-ins, and the digest of its bearer token. */
public record GatewayAccess(String id, TokenDigest token) {

    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    public GatewayAccess {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("gateway id must match " + ID_PATTERN);
        }
        Objects.requireNonNull(token, "token");
    }

    public static GatewayAccess withToken(String id, String token) {
        return new GatewayAccess(id, TokenDigest.ofToken(token));
    }

    static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }
}
