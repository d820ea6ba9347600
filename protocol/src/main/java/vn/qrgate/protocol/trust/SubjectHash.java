package vn.qrgate.protocol.trust;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How lists that name people (deny list, QG1 revocations) name them without holding their document
 * numbers: lower-case hex SHA-256 of {@code salt + ":" + documentNumber}. The salt is per list, so
 * a hash from one list says nothing about another.
 */
public final class SubjectHash {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private SubjectHash() {
    }

    public static String of(String salt, String documentNumber) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        return HexFormat.of().formatHex(sha.digest((salt + ":" + documentNumber).getBytes(StandardCharsets.UTF_8)));
    }

    static boolean isHash(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }
}
