package vn.qrgate.registry.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a bearer token. Only the digest is kept in memory, so a heap dump or a stray log
 * line cannot give a token away, and a deployment can configure the digest instead of the token.
 * Comparison is constant-time so response timing does not reveal how much of a guess was right.
 */
public final class TokenDigest {

    public static final int MIN_TOKEN_LENGTH = 16;
    public static final int MAX_TOKEN_LENGTH = 512;
    public static final String HEX_PATTERN = "[0-9a-fA-F]{64}";

    private static final Pattern HEX = Pattern.compile(HEX_PATTERN);

    private final byte[] sha256;

    private TokenDigest(byte[] sha256) {
        this.sha256 = sha256;
    }

    public static TokenDigest ofToken(String token) {
        if (!isAcceptableToken(token)) {
            throw new IllegalArgumentException(tokenRule());
        }
        return new TokenDigest(sha256(token));
    }

    public static TokenDigest ofHex(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a SHA-256 digest: 64 hex digits");
        }
        return new TokenDigest(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
    }

    /** The digest of whatever a client sent, to compare with {@link #sameAs}; no rules apply to it. */
    public static TokenDigest ofPresented(String presented) {
        return new TokenDigest(sha256(presented));
    }

    public static boolean isAcceptableToken(String token) {
        return token != null && token.length() >= MIN_TOKEN_LENGTH && token.length() <= MAX_TOKEN_LENGTH
                && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    public static String tokenRule() {
        return MIN_TOKEN_LENGTH + " to " + MAX_TOKEN_LENGTH + " printable ASCII characters without spaces"
                + " (e.g. from: openssl rand -hex 24)";
    }

    public boolean sameAs(TokenDigest other) {
        return MessageDigest.isEqual(sha256, other.sha256);
    }

    /** Lower-case hex, for {@code tokenSha256:} in a config. */
    public String hex() {
        return HexFormat.of().formatHex(sha256);
    }

    public static String sha256Hex(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenDigest other && sameAs(other);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "TokenDigest[hidden]";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
