package vn.qrgate.reader.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code inputs:}; list items are numbered from 1 in error keys ({@code inputs[1]} is the first). */
final class InputsReader {

    private static final String SERIAL = "serial";
    private static final String STDIN = "stdin";
    /** Planned input types, named so a technician who tries one learns it is not there yet. */
    private static final List<String> LATER = List.of("keyboard-wedge", "hid", "camera");
    private static final Values.Parser<String> TYPE = text -> {
        if (text.equalsIgnoreCase(SERIAL) || text.equalsIgnoreCase(STDIN)) {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
        if (LATER.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("not supported yet; set the reader to its USB serial (USB-COM/CDC) "
                    + "mode and use type: serial");
        }
        throw new IllegalArgumentException("one of serial, stdin" + Suggest.didYouMean(text, List.of(SERIAL, STDIN)));
    };
    private static final String PORT_RULE = "the device path, starting with /: best /dev/serial/by-id/usb-..., "
            + "which stays the same across reboots and replugging (ls -l /dev/serial/by-id/)";
    private static final Values.Parser<Path> PORT = text -> {
        try {
            Path p = Path.of(text);
            if (p.isAbsolute()) {
                return p.normalize();
            }
        } catch (java.nio.file.InvalidPathException e) {
            // falls through: the rule says what a port looks like
        }
        throw new IllegalArgumentException(PORT_RULE);
    };

    private final Reading reading;

    InputsReader(Reading reading) {
        this.reading = reading;
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
                reading.errorShown(path, Section.describe(items.get(i)), "each input is a section such as "
                        + "{type: stdin} or {type: serial, reader: ..., port: ...}");
                continue;
            }
            Section item = Section.at(reading, path, items.get(i), Keys.INPUT);
            String type = item.require("type", TYPE, "type: serial");
            InputConfig input = null;
            if (SERIAL.equals(type)) {
                input = serial(item, profiles);
            } else if (STDIN.equals(type)) {
                for (String key : Keys.SERIAL_ONLY) {
                    if (item.given(key)) {
                        item.error(key, "only serial inputs take '" + key + "'; remove it or set type: serial");
                    }
                }
                input = new InputConfig.Stdin();
            }
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
        if (reader != null && reader.connection() != ReaderProfile.Connection.SERIAL) {
            s.error("reader", "'" + readerId + "' is a " + reader.connection().configName() + " profile; a serial "
                    + "input needs the reader in its USB serial (USB-COM/CDC) or RS-232 mode and a serial profile");
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

    private Optional<ReaderProfile> lookup(Section s, String id, HardwareProfiles profiles) {
        Optional<ReaderProfile> found = profiles.reader(id);
        if (found.isEmpty()) {
            List<ConfigError> broken = profiles.readerErrors(id);
            if (!broken.isEmpty()) {
                broken.forEach(reading::add);
            } else if (profiles.sourceErrors().isEmpty()) {
                s.error("reader", "no reader profile of that name in " + profiles.source()
                        + "; known: " + String.join(", ", profiles.readerIds())
                        + Suggest.didYouMean(id, profiles.readerIds()));
            }
        }
        return found;
    }

    private static String identity(InputConfig input) {
        if (input instanceof InputConfig.Serial serial) {
            return serial.port().map(p -> "port " + p).orElseGet(() -> "USB " + serial.usb().orElseThrow());
        }
        return "stdin";
    }
}
