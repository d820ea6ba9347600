package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Section;
import vn.qrgate.config.Values;

/** Reads the keyboard-wedge and camera items of {@code inputs:}. */
final class DeviceInputsReader {

    static final Values.Parser<Path> INPUT_DEVICE = InputsReader.absolute("the evdev device path, starting with /: "
            + "best /dev/input/by-id/usb-...-event-kbd, which stays the same across reboots and replugging "
            + "(ls -l /dev/input/by-id/)");
    static final Values.Parser<Suffix> WEDGE_SUFFIX = text -> {
        Suffix suffix = ProfileReader.SUFFIX.parse(text);
        if (suffix != Suffix.CR && suffix != Suffix.TAB && suffix != Suffix.NONE) {
            throw new IllegalArgumentException("a keyboard ends a code with CR (the Enter key), TAB or NONE (only "
                    + "the pause after the last key)");
        }
        return suffix;
    };
    static final Values.Parser<Duration> INTER_KEY_TIMEOUT = ReaderValues.duration(Duration.ofMillis(20), Duration.ofSeconds(5));
    static final Values.Parser<Duration> GONE_AFTER = ReaderValues.duration(Duration.ofMillis(100), Duration.ofMinutes(1));

    private final Reading reading;

    DeviceInputsReader(Reading reading) {
        this.reading = reading;
    }

    InputConfig wedge(Section s, Optional<HardwareProfiles> profiles) {
        int before = reading.errorCount();
        String readerId = s.require("reader", Values.text(64), "reader: generic-keyboard-wedge");
        ReaderProfile reader = readerId == null ? null
                : profiles.flatMap(p -> InputsReader.lookup(s, readerId, p)).orElse(null);
        Path device = s.require("device", INPUT_DEVICE, "device: /dev/input/by-id/usb-...-event-kbd");
        Optional<Suffix> suffix = s.get("suffix", WEDGE_SUFFIX);
        Duration timeout = s.orDefault("interKeyTimeout", INTER_KEY_TIMEOUT, Defaults.WEDGE_INTER_KEY_TIMEOUT);
        Boolean grab = s.orDefault("grab", ReaderValues.bool(), Defaults.WEDGE_GRAB);
        if (!InputsReader.requireConnection(s, readerId, reader, ReaderProfile.Connection.KEYBOARD_WEDGE,
                "a keyboard-wedge input needs a keyboard-wedge profile such as generic-keyboard-wedge (a reader "
                        + "in USB serial mode is better used as type: serial)")) {
            return null;
        }
        Suffix effective = suffix.orElse(reader == null ? Suffix.CR : reader.suffix());
        if (reader != null && suffix.isEmpty() && effective != Suffix.CR && effective != Suffix.TAB
                && effective != Suffix.NONE) {
            s.error("reader", "the profile's suffix " + effective + " cannot be typed by a keyboard; set suffix: CR, "
                    + "TAB or NONE on the input");
        }
        if (reader == null || device == null || timeout == null || grab == null || reading.errorCount() > before) {
            return null;
        }
        return new InputConfig.KeyboardWedge(reader, device, effective, timeout, grab);
    }

    InputConfig camera(Section s, Optional<HardwareProfiles> profiles) {
        int before = reading.errorCount();
        String readerId = s.require("reader", Values.text(64), "reader: pi-camera-rpicam");
        ReaderProfile reader = readerId == null ? null
                : profiles.flatMap(p -> InputsReader.lookup(s, readerId, p)).orElse(null);
        Optional<Path> device = s.get("device", CameraProfileReader.DEVICE);
        Optional<List<String>> command = CameraProfileReader.command(s);
        Optional<Integer> width = s.get("width", CameraProfileReader.SIDE);
        Optional<Integer> height = s.get("height", CameraProfileReader.SIDE);
        Duration goneAfter = s.orDefault("goneAfter", GONE_AFTER, Defaults.CAMERA_GONE_AFTER);
        Optional<FrameRegion> region = s.child("region", Keys.REGION).flatMap(DeviceInputsReader::region);
        if (!InputsReader.requireConnection(s, readerId, reader, ReaderProfile.Connection.CAMERA,
                "a camera input needs a camera profile (connection: camera)")) {
            return null;
        }
        if (reader == null || goneAfter == null || reading.errorCount() > before) {
            return null;
        }
        CameraProfile base = reader.camera().orElseThrow();
        Optional<CameraProfile> effective = CameraProfileReader.build(s, width.isPresent() ? "width" : "height",
                command.orElse(base.command()), width.orElse(base.width()), height.orElse(base.height()),
                base.format(), device.or(base::device));
        if (effective.isEmpty()) {
            return null;
        }
        if (effective.get().needsDevice() && effective.get().device().isEmpty()) {
            reading.error(s.key("device"), null, "the camera command has a {device} placeholder, so give the camera's "
                    + "device, e.g. device: /dev/v4l/by-id/usb-...-video-index0 (ls -l /dev/v4l/by-id/)");
            return null;
        }
        CameraProfile cam = effective.get();
        if (region.isPresent() && !region.get().fitsIn(cam.width(), cam.height())) {
            reading.errorShown(s.key("region"), region.get().toString(), "must lie inside the " + cam.width() + "x"
                    + cam.height() + " frame: x + width <= " + cam.width() + " and y + height <= " + cam.height());
            return null;
        }
        return new InputConfig.Camera(reader, cam.commandFor(cam.width(), cam.height(), cam.device()), cam.width(),
                cam.height(), cam.format(), region, goneAfter);
    }

    private static Optional<FrameRegion> region(Section r) {
        Integer x = r.require("x", Values.integer(0, CameraProfile.MAX_SIDE), "x: 160");
        Integer y = r.require("y", Values.integer(0, CameraProfile.MAX_SIDE), "y: 120");
        Integer width = r.require("width", Values.integer(FrameRegion.MIN_SIDE, CameraProfile.MAX_SIDE), "width: 320");
        Integer height = r.require("height", Values.integer(FrameRegion.MIN_SIDE, CameraProfile.MAX_SIDE), "height: 240");
        if (x == null || y == null || width == null || height == null) {
            return Optional.empty();
        }
        return Optional.of(new FrameRegion(x, y, width, height));
    }
}
