package vn.qrgate.protocol.json;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The gateway decodes every event of every batch; these do the common shapes without the general
 * machinery (java.time's formatter, regular expressions, a String copy of the payload), and say
 * "not handled here" for anything else so the strict general path still decides.
 */
final class FastPaths {

    private FastPaths() {
    }

    /**
     * Whether {@code bytes} is well-formed UTF-8 (no overlong forms, no surrogates, nothing above
     * U+10FFFF): the same verdict as a REPORTing CharsetDecoder, without building the String.
     */
    static boolean isStrictUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            if (b >= 0xC2 && b <= 0xDF) {
                if (i + 1 >= n || !continuation(bytes[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                if (i + 2 >= n || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])) {
                    return false;
                }
                int second = bytes[i + 1] & 0xFF;
                if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second > 0x9F)) {
                    return false; // overlong, or a UTF-16 surrogate
                }
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (i + 3 >= n || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])
                        || !continuation(bytes[i + 3])) {
                    return false;
                }
                int second = bytes[i + 1] & 0xFF;
                if ((b == 0xF0 && second < 0x90) || (b == 0xF4 && second > 0x8F)) {
                    return false; // overlong, or above U+10FFFF
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** A canonical UUID (8-4-4-4-12 hex digits), or null for anything else. */
    static UUID canonicalUuid(String text) {
        if (text.length() != 36) {
            return null;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
            } else if (Character.digit(c, 16) < 0 || c > 'f') {
                return null;
            }
        }
        return UUID.fromString(text);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}, the shape every QR Gate encoder writes, or null
     * to let the general ISO parser decide (which also takes other valid shapes).
     */
    static OffsetDateTime timestamp(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            int count = i - start;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = digits(s, start, count);
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0) {
                return null;
            }
            int sign = s.charAt(i) == '-' ? -1 : 1;
            try {
                offset = offsetOf(sign * (oh * 3600 + om * 60));
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
        } catch (DateTimeException e) {
            return null; // e.g. 31 February: the general parser gives the error
        }
    }

    private static final Map<Integer, ZoneOffset> OFFSETS = new java.util.concurrent.ConcurrentHashMap<>();

    private static ZoneOffset offsetOf(int totalSeconds) {
        ZoneOffset cached = OFFSETS.get(totalSeconds);
        if (cached != null) {
            return cached;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(totalSeconds);
        if (OFFSETS.size() < 256) {
            OFFSETS.put(totalSeconds, offset);
        }
        return offset;
    }

    /** The decimal number in {@code s[from, from + count)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final ClassValue<Map<String, Object>> ENUMS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return byName;
        }
    };

    /** The constant named exactly {@code name}, or null. */
    static <E extends Enum<E>> E enumConstant(Class<E> type, String name) {
        return type.cast(ENUMS.get(type).get(name));
    }
}
