package vn.qrgate.protocol.event;

import java.util.Optional;

/** How the code reached the reader. Lower case on the wire (DESIGN §4), unlike the other enums. */
public enum ScanSource {
    SERIAL("serial"),
    HID("hid"),
    CAMERA("camera"),
    STDIN("stdin"),
    /** Typed by the person into the registry's self check-in web form; no reader involved. */
    WEB("web");

    private final String wireName;

    ScanSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Exact match only: the wire form is lower case and nothing else. */
    public static Optional<ScanSource> fromWire(String wireName) {
        for (ScanSource source : values()) {
            if (source.wireName.equals(wireName)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
