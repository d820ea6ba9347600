package vn.qrgate.reader.adapter.mqtt;

import java.util.Locale;
import java.util.Map;

/** MQTT v5 reason codes as a technician reads them in the log: {@code 0x87 (not authorized)}. */
final class ReasonCodes {

    /** From here on a reason code means failure (MQTT v5 §2.4). */
    static final int FIRST_FAILURE = 0x80;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x00, "success"),
            Map.entry(0x10, "no matching subscribers"),
            Map.entry(0x80, "unspecified error"),
            Map.entry(0x81, "malformed packet"),
            Map.entry(0x83, "implementation specific error"),
            Map.entry(0x84, "unsupported protocol version"),
            Map.entry(0x85, "client identifier not valid"),
            Map.entry(0x86, "bad user name or password"),
            Map.entry(0x87, "not authorized"),
            Map.entry(0x88, "server unavailable"),
            Map.entry(0x89, "server busy"),
            Map.entry(0x8A, "banned"),
            Map.entry(0x8C, "bad authentication method"),
            Map.entry(0x8E, "session taken over"),
            Map.entry(0x90, "topic name invalid"),
            Map.entry(0x91, "packet identifier in use"),
            Map.entry(0x93, "receive maximum exceeded"),
            Map.entry(0x95, "packet too large"),
            Map.entry(0x96, "message rate too high"),
            Map.entry(0x97, "quota exceeded"),
            Map.entry(0x99, "payload format invalid"),
            Map.entry(0x9F, "connection rate exceeded"),
            // Paho's own codes, for a message the client refuses to send.
            Map.entry(32_001, "no message ids available"),
            Map.entry(32_202, "too many messages in flight"),
            Map.entry(51_002, "message larger than the broker accepts"));

    private ReasonCodes() {
    }

    static boolean isFailure(int code) {
        return code >= FIRST_FAILURE && code <= 0xFF;
    }

    static String describe(int code) {
        String name = NAMES.get(code);
        String hex = code > 0xFF ? "client code " + code : "0x" + Integer.toHexString(code).toUpperCase(Locale.ROOT);
        return name == null ? hex : hex + " (" + name + ")";
    }
}
