package vn.qrgate.registry.testing;

/** Bearer tokens of the test registries; long enough for the 16-character rule. */
public final class Tokens {

    public static final String GATEWAY = "gw1-secret-token-0123456789";
    public static final String GATEWAY_2 = "gw2-secret-token-9876543210";
    public static final String STAFF = "staff-hanoi-token-0123456789";
    public static final String OTHER_STAFF = "staff-hcm-token-0123456789";
    public static final String TRACER = "tracer-secret-token-0123456789";
    public static final String ADMIN = "admin-secret-token-0123456789";

    private Tokens() {
    }
}
