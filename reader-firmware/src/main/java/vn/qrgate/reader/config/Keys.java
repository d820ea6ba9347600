package vn.qrgate.reader.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema: which keys each section of the config and of the profile files allows. Unknown-key
 * errors and their suggestions come from these lists, so a key added to the reader is added here.
 */
final class Keys {

    static final List<String> TOP = List.of("device", "mode", "direction", "hardware", "inputs", "outputs", "outbox",
            "duplicates", "denyList", "trust", "retention", "mqtt");
    static final List<String> DEVICE = List.of("id", "venue");
    static final List<String> HARDWARE = List.of("board", "profiles");
    static final List<String> SERIAL_ONLY = List.of("reader", "port", "usb", "baud", "dataBits", "parity", "stopBits",
            "suffix");
    static final List<String> WEDGE_INPUT = List.of("type", "reader", "device", "suffix", "interKeyTimeout", "grab");
    static final List<String> CAMERA_INPUT = List.of("type", "reader", "device", "command", "width", "height",
            "region", "goneAfter");
    static final List<String> REGION = List.of("x", "y", "width", "height");
    static final List<String> SERIAL_INPUT = concat(List.of("type"), SERIAL_ONLY);
    static final List<String> INPUT = java.util.stream.Stream.of(SERIAL_INPUT, WEDGE_INPUT, CAMERA_INPUT)
            .flatMap(List::stream).distinct().toList();
    static final List<String> USB = List.of("vendorId", "productId");
    static final List<String> PIN_NAMES = List.of("relay", "greenLed", "redLed", "buzzer", "statusLed",
            "directionSwitch");
    static final List<String> OUTPUTS = concat(PIN_NAMES, List.of("relayPulse"));
    static final List<String> OUTPUT_PIN = List.of("pin", "activeLow");
    static final List<String> SWITCH_PIN = List.of("pin", "pull", "inHigh");
    static final List<String> OUTBOX = List.of("path", "capacity", "whenFull", "diskFloor", "nearlyFullAt");
    static final List<String> DUPLICATES = List.of("window");
    static final List<String> DENY_LIST = List.of("file");
    static final List<String> TRUST = List.of("file", "revocations", "maxAge");
    static final List<String> MQTT = List.of("uri", "caFile", "username", "password", "clientCert", "clientKey",
            "batchSize", "batchBytes", "inFlight", "ackTimeout", "reconnectMin", "reconnectMax",
            "unreachableAlarmAfter");

    static final List<String> READER_PROFILE = List.of("name", "vendor", "model", "connection", "usb", "baud",
            "dataBits", "parity", "stopBits", "suffix", "utf8", "camera", "setup", "notes");
    static final List<String> CAMERA_PROFILE = List.of("command", "width", "height", "format", "device");
    static final List<String> BOARD_PROFILE = List.of("name", "description", "simulated", "relayPulse", "pins",
            "wiring");

    /** Section path → keys, for "this key belongs in another section" hints. */
    static final Map<String, List<String>> CONFIG_SCHEMA = schema(
            "", TOP, "device", DEVICE, "hardware", HARDWARE, "inputs[]", INPUT, "inputs[].usb", USB, "inputs[].region", REGION,
            "outputs", OUTPUTS, "outbox", OUTBOX, "duplicates", DUPLICATES, "denyList", DENY_LIST,
            "trust", TRUST, "mqtt", MQTT);
    static final Map<String, List<String>> READER_SCHEMA = schema("", READER_PROFILE, "usb", USB,
            "camera", CAMERA_PROFILE);
    static final Map<String, List<String>> BOARD_SCHEMA = schema("", BOARD_PROFILE, "pins", PIN_NAMES);

    private Keys() {
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> schema(Object... pathsAndKeys) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndKeys.length; i += 2) {
            map.put((String) pathsAndKeys[i], (List<String>) pathsAndKeys[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
