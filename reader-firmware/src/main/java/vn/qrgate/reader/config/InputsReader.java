package vn.qrgate.reader.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.qrgate.config.ConfigError;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Section;
import vn.qrgate.config.Suggest;
import vn.qrgate.config.Values;

/** Reads {@code inputs:}; list items are numbered from 1 in error keys ({@code inputs[1]} is the first). */
final class InputsReader {

    static final String SERIAL = "serial";
    static final String WEDGE = "keyboard-wedge";
    static final String CAMERA = "camera";
    static final String STDIN = "stdin";
    private static final List<String> TYPES = List.of(SERIAL, WEDGE, CAMERA, STDIN);
    private static final Map<String, List<String>> KEYS = Map.of(SERIAL, Keys.SERIAL_INPUT, WEDGE, Keys.WEDGE_INPUT,
            CAMERA, Keys.CAMERA_INPUT, STDIN, List.of("type"));
    private static final Values.Parser<String> TYPE = text -> {
        String lower = text.toLowerCase(Locale.ROOT);
        if (TYPES.contains(lower)) {
            return lower;
        }
        if (lower.equals("hid") || lower.equals("keyboard")) {
            throw new IllegalArgumentException("one of " + String.join(", ", TYPES) + "; did you mean 'keyboard-wedge'?");
        }
        throw new IllegalArgumentException("one of " + String.join(", ", TYPES) + Suggest.didYouMean(text, TYPES));
    };
    private static final String PORT_RULE = "the device path, starting with /: best /dev/serial/by-id/usb-..., "
            + "which stays the same across reboots and replugging (ls -l /dev/serial/by-id/)";
    static final Values.Parser<Path> PORT = absolute(PORT_RULE);

    private final Reading reading;
    private final DeviceInputsReader devices;

    InputsReader(Reading reading) {
        this.reading = reading;
        this.devices = new DeviceInputsReader(reading);
    }

    /** The inputs read; errors are recorded (the list may be partial when there are some). */
    List<InputConfig> read(Section top, Optional<HardwareProfiles> profiles) {
        String example = "inputs: [{type: serial, reader: zebra-ds2208-usb-cdc, port: /dev/serial/by-id/usb-...}]";
        if (!top.given("inputs")) {
            reading.error("inputs", null, "at least one input is required; e.g. " + example);
            return List.of();
        }
        List<JsonNode> items = top.list("inputs", example).orElse(List.of());
        if (items.isEmpty() && top.raw("inputs").isArray()) {
            reading.errorShown("inputs", "(empty list)", "at least one input is required; e.g. " + example);
        }
        List<InputConfig> inputs = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "inputs[" + (i + 1) + "]";
            if (!items.get(i).isObject()) {
                reading.errorShown(path, Section.describe(reading, items.get(i)), "each input is a section such as "
                        + "{type: stdin} or {type: serial, reader: ..., port: ...}");
                continue;
            }
            Section item = Section.at(reading, path, items.get(i), Keys.INPUT);
            String type = item.require("type", TYPE, "type: serial");
            if (type == null) {
                continue;
            }
            rejectKeysOfOtherTypes(item, type);
            InputConfig input = switch (type) {
                case SERIAL -> serial(item, profiles);
                case WEDGE -> devices.wedge(item, profiles);
                case CAMERA -> devices.camera(item, profiles);
                default -> new InputConfig.Stdin();
            };
            if (input != null) {
                String identity = identity(input);
                String first = seen.putIfAbsent(identity, path);
                if (first != null) {
                    reading.errorShown(path, identity, "the same input as " + first + "; each reader is listed once");
                }
                inputs.add(input);
            }
        }
        return inputs;
    }

    private static void rejectKeysOfOtherTypes(Section item, String type) {
        List<String> allowed = KEYS.get(type);
        for (String key : Keys.INPUT) {
            if (item.given(key) && !allowed.contains(key)) {
                List<String> takers = TYPES.stream().filter(t -> KEYS.get(t).contains(key)).toList();
                item.error(key, "a " + type + " input does not take '" + key + "' (only " + String.join(", ", takers)
                        + " inputs do); its keys are " + String.join(", ", allowed));
            }
        }
    }

    private InputConfig serial(Section s, Optional<HardwareProfiles> profiles) {
        int before = reading.errorCount();
        String readerId = s.require("reader", Values.text(64), "reader: honeywell-1450g-usb-serial");
        ReaderProfile reader = readerId == null ? null : profiles.flatMap(p -> lookup(s, readerId, p)).orElse(null);
        Optional<Path> port = s.get("port", PORT);
        Optional<UsbId> usb = s.child("usb", Keys.USB).map(ProfileReader::usbId);
        if (!s.given("port") && !s.given("usb")) {
            reading.error(s.key("port"), null, "a serial input needs either port: /dev/serial/by-id/usb-... or "
                    + "usb: {vendorId: 0x..., productId: 0x...} (from lsusb) to find the reader");
        } else if (s.given("port") && s.given("usb")) {
            reading.errorShown(s.key("usb"), "(section)", "give either port or usb, not both");
        }
        Optional<Integer> baud = s.get("baud", ProfileReader.BAUD);
        Optional<Integer> dataBits = s.get("dataBits", ProfileReader.DATA_BITS);
        Optional<SerialFraming.Parity> parity = s.get("parity", ProfileReader.PARITY);
        Optional<SerialFraming.StopBits> stopBits = s.get("stopBits", ProfileReader.STOP_BITS);
        Optional<Suffix> suffix = s.get("suffix", ProfileReader.SUFFIX);
        if (!requireConnection(s, readerId, reader, ReaderProfile.Connection.SERIAL, "a serial input needs the "
                + "reader in its USB serial (USB-COM/CDC) or RS-232 mode and a serial profile")) {
            return null;
        }
        if (reader != null && !reader.utf8()) {
            s.error("reader", "'" + readerId + "' does not pass UTF-8 in this mode, so Vietnamese names would be "
                    + "garbled; use a profile whose mode passes UTF-8");
        }
        if (reader == null || reading.errorCount() > before) {
            return null;
        }
        SerialFraming base = reader.framing().orElseThrow();
        SerialFraming framing = new SerialFraming(baud.orElse(base.baud()), dataBits.orElse(base.dataBits()),
                parity.orElse(base.parity()), stopBits.orElse(base.stopBits()));
        return new InputConfig.Serial(reader, port, usb, framing, suffix.orElse(reader.suffix()));
    }

    /** False (with the error recorded) when the profile is of another connection than the input's type. */
    static boolean requireConnection(Section s, String readerId, ReaderProfile reader,
                                     ReaderProfile.Connection wanted, String why) {
        if (reader != null && reader.connection() != wanted) {
            s.error("reader", "'" + readerId + "' is a " + reader.connection().configName() + " profile; " + why);
            return false;
        }
        return true;
    }

    static Optional<ReaderProfile> lookup(Section s, String id, HardwareProfiles profiles) {
        Optional<ReaderProfile> found = profiles.reader(id);
        if (found.isEmpty()) {
            List<ConfigError> broken = profiles.readerErrors(id);
            if (!broken.isEmpty()) {
                broken.forEach(s.reading()::add);
            } else if (profiles.sourceErrors().isEmpty()) {
                s.error("reader", "no reader profile of that name in " + profiles.source()
                        + "; known: " + String.join(", ", profiles.readerIds())
                        + Suggest.didYouMean(id, profiles.readerIds()));
            }
        }
        return found;
    }

    static Values.Parser<Path> absolute(String rule) {
        return text -> {
            try {
                Path p = Path.of(text);
                if (p.isAbsolute()) {
                    return p.normalize();
                }
            } catch (java.nio.file.InvalidPathException e) {
                // falls through: the rule says what a device path looks like
            }
            throw new IllegalArgumentException(rule);
        };
    }

    private static String identity(InputConfig input) {
        if (input instanceof InputConfig.Serial serial) {
            return serial.port().map(p -> "port " + p).orElseGet(() -> "USB " + serial.usb().orElseThrow());
        }
        if (input instanceof InputConfig.KeyboardWedge wedge) {
            return "device " + wedge.device();
        }
        if (input instanceof InputConfig.Camera camera) {
            return "camera command " + String.join(" ", camera.command());
        }
        return "stdin";
    }
}
