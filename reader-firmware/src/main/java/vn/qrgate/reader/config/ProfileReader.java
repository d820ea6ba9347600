package vn.qrgate.reader.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Section;
import vn.qrgate.config.Values;

/** Reads one reader or board profile file, checked like the config: every error, by file and key. */
final class ProfileReader {

    private static final int MAX_LONG_TEXT = 8000;
    private static final Values.Parser<String> SHORT_TEXT = Values.text(100);
    private static final Values.Parser<String> LONG_TEXT = text -> {
        if (text.isBlank() || text.length() > MAX_LONG_TEXT) {
            throw new IllegalArgumentException("text of 1 to " + MAX_LONG_TEXT + " characters");
        }
        return text;
    };
    static final Values.Parser<ReaderProfile.Connection> CONNECTION =
            Values.oneOf(List.of(ReaderProfile.Connection.values()), ReaderProfile.Connection::configName);
    static final Values.Parser<Integer> BAUD = text -> {
        try {
            int baud = Values.integer(1, 1_000_000).parse(text);
            if (SerialFraming.BAUD_RATES.contains(baud)) {
                return baud;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the rule below, which lists what is allowed
        }
        throw new IllegalArgumentException("one of the standard rates "
                + SerialFraming.BAUD_RATES.stream().sorted().map(String::valueOf).toList());
    };
    static final Values.Parser<Integer> DATA_BITS = Values.integer(5, 8);
    static final Values.Parser<SerialFraming.Parity> PARITY = Values.oneOf(List.of(SerialFraming.Parity.values()),
            p -> p.name().toLowerCase(java.util.Locale.ROOT));
    static final Values.Parser<SerialFraming.StopBits> STOP_BITS =
            Values.oneOf(List.of(SerialFraming.StopBits.values()), SerialFraming.StopBits::configName);
    static final Values.Parser<Suffix> SUFFIX = Values.oneOf(Suffix.class);

    private ProfileReader() {
    }

    static Optional<ReaderProfile> reader(String id, JsonNode root, Reading reading) {
        if (!root.isObject()) {
            reading.errorShown("(file)", Section.describe(reading, root), "a reader profile is a set of 'key: value' lines");
            return Optional.empty();
        }
        int before = reading.errorCount();
        Section s = Section.root(reading, root, Keys.READER_PROFILE);
        String name = s.require("name", SHORT_TEXT, "name: Honeywell Voyager 1450g (USB serial)");
        String vendor = s.require("vendor", SHORT_TEXT, "vendor: Honeywell");
        String model = s.require("model", SHORT_TEXT, "model: Voyager 1450g");
        ReaderProfile.Connection connection = s.require("connection", CONNECTION, "connection: serial");
        Optional<UsbId> usb = s.child("usb", Keys.USB).map(ProfileReader::usbId);
        Optional<SerialFraming> framing = Optional.empty();
        if (connection == ReaderProfile.Connection.SERIAL) {
            Integer baud = s.require("baud", BAUD, "baud: 9600");
            Integer dataBits = s.require("dataBits", DATA_BITS, "dataBits: 8");
            SerialFraming.Parity parity = s.require("parity", PARITY, "parity: none");
            SerialFraming.StopBits stopBits = s.require("stopBits", STOP_BITS, "stopBits: 1");
            if (baud != null && dataBits != null && parity != null && stopBits != null) {
                framing = Optional.of(new SerialFraming(baud, dataBits, parity, stopBits));
            }
        } else if (connection != null) {
            for (String key : List.of("baud", "dataBits", "parity", "stopBits")) {
                if (s.given(key)) {
                    s.error(key, "only serial readers have a " + key + "; remove it");
                }
            }
        }
        Optional<CameraProfile> camera = Optional.empty();
        Suffix suffix = Suffix.NONE;
        Boolean utf8 = true;
        if (connection == ReaderProfile.Connection.CAMERA) {
            // A camera hands over the code's own bytes: there is no suffix and nothing to mangle.
            for (String key : List.of("suffix", "utf8", "usb")) {
                if (s.given(key)) {
                    s.error(key, "a camera has no " + key + "; remove it");
                }
            }
            Section cam = s.requireChild("camera", Keys.CAMERA_PROFILE,
                    "camera: {command: [rpicam-vid, ...], width: 640, height: 480, format: yuv420}");
            camera = cam == null ? Optional.empty() : CameraProfileReader.read(cam);
        } else {
            if (s.given("camera")) {
                s.error("camera", "only camera profiles (connection: camera) have a camera section; remove it");
            }
            suffix = s.require("suffix", SUFFIX, "suffix: CR");
            utf8 = s.require("utf8", ReaderValues.bool(), "utf8: true");
        }
        String setup = s.require("setup", LONG_TEXT, "setup: | (how to put the reader in this mode)");
        Optional<String> notes = s.get("notes", LONG_TEXT);
        if (reading.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new ReaderProfile(id, name, vendor, model, connection, usb, framing, camera, suffix, utf8, setup,
                notes));
    }

    static Optional<BoardProfile> board(String id, JsonNode root, Reading reading) {
        if (!root.isObject()) {
            reading.errorShown("(file)", Section.describe(reading, root), "a board profile is a set of 'key: value' lines");
            return Optional.empty();
        }
        int before = reading.errorCount();
        Section s = Section.root(reading, root, Keys.BOARD_PROFILE);
        String name = s.require("name", SHORT_TEXT, "name: Relay HAT gate kiosk");
        String description = s.require("description", LONG_TEXT, "description: what this board is for");
        Boolean simulated = s.orDefault("simulated", ReaderValues.bool(), false);
        Optional<Duration> relayPulse = s.get("relayPulse", PinsReader.RELAY_PULSE);
        Section pinsSection = s.requireChild("pins", Keys.PIN_NAMES, "pins: {relay: {pin: 26, activeLow: true}}");
        Pins pins = pinsSection == null ? Pins.NONE : PinsReader.board(pinsSection);
        String wiring = s.require("wiring", LONG_TEXT, "wiring: | (which header pin goes where)");
        if (pinsSection != null) {
            PinsReader.reportSharedPins(pins, pinsSection);
        }
        if (pins.relay().isPresent() && relayPulse.isEmpty() && !s.given("relayPulse")) {
            reading.error("relayPulse", null, "required because the board has a relay; e.g. relayPulse: 800ms");
        }
        if (pins.relay().isEmpty() && relayPulse.isPresent()) {
            s.error("relayPulse", "only a board with a relay has a relay pulse; remove it or add pins.relay");
        }
        if (reading.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new BoardProfile(id, name, description, simulated, pins, relayPulse, wiring));
    }

    /** Both ids, as lsusb prints them; null (with errors recorded) when either is missing or wrong. */
    static UsbId usbId(Section usb) {
        Integer vendor = usb.require("vendorId", ReaderValues.hex16(), "vendorId: 0x0c2e");
        Integer product = usb.require("productId", ReaderValues.hex16(), "productId: 0x0b6a");
        return vendor == null || product == null ? null : new UsbId(vendor, product);
    }
}
