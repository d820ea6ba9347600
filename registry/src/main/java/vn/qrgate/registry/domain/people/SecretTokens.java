package vn.qrgate.registry.domain.people;

import java.util.Base64;
import java.util.random.RandomGenerator;

/** Bearer tokens the registry makes: 32 random bytes, base64url without padding (43 characters). */
public final class SecretTokens {

    public static final int BYTES = 32;

    private SecretTokens() {
    }

    /** {@code random} must be a {@code SecureRandom} outside tests. */
    public static String newToken(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
