package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.event.ScanSource;

/** One reader input: a serial reader, a keyboard-wedge reader, a camera, or standard input. */
public sealed interface InputConfig permits InputConfig.Serial, InputConfig.KeyboardWedge, InputConfig.Camera,
        InputConfig.Stdin {

    ScanSource source();

    /** For logs and the summary; never personal data. */
    String describe();

    /**
     * A serial reader, opened by its port path or found by USB id (exactly one of the two). Framing
     * and suffix are the reader profile's, with the config's overrides applied.
     */
    record Serial(ReaderProfile reader, Optional<Path> port, Optional<UsbId> usb, SerialFraming framing,
                  Suffix suffix) implements InputConfig {

        public Serial {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(usb, "usb");
            Objects.requireNonNull(framing, "framing");
            Objects.requireNonNull(suffix, "suffix");
            if (port.isPresent() == usb.isPresent()) {
                throw new IllegalArgumentException("a serial input names either its port or its USB id");
            }
            if (reader.connection() != ReaderProfile.Connection.SERIAL) {
                throw new IllegalArgumentException("a serial input needs a serial reader profile");
            }
        }

        @Override
        public ScanSource source() {
            return ScanSource.SERIAL;
        }

        @Override
        public String describe() {
            String where = port.map(Path::toString).orElseGet(() -> "USB " + usb.orElseThrow());
            return "serial " + reader.id() + " on " + where + ", " + framing + ", suffix " + suffix;
        }
    }

    /**
     * A reader in USB keyboard mode, read from its evdev device. A code ends at the suffix key (CR: Enter,
     * TAB: Tab, NONE: only the pause) or when no key follows for {@code interKeyTimeout}; {@code grab} takes
     * the device so its keystrokes reach no console.
     */
    record KeyboardWedge(ReaderProfile reader, Path device, Suffix suffix, Duration interKeyTimeout, boolean grab)
            implements InputConfig {

        public KeyboardWedge {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(suffix, "suffix");
            Objects.requireNonNull(interKeyTimeout, "interKeyTimeout");
            if (reader.connection() != ReaderProfile.Connection.KEYBOARD_WEDGE) {
                throw new IllegalArgumentException("a keyboard-wedge input needs a keyboard-wedge reader profile");
            }
            if (suffix != Suffix.CR && suffix != Suffix.TAB && suffix != Suffix.NONE) {
                throw new IllegalArgumentException("a keyboard ends a code with Enter (CR), Tab (TAB) or nothing (NONE)");
            }
            if (interKeyTimeout.isNegative() || interKeyTimeout.isZero()) {
                throw new IllegalArgumentException("interKeyTimeout must be positive");
            }
        }

        @Override
        public ScanSource source() {
            return ScanSource.HID;
        }

        @Override
        public String describe() {
            return "keyboard-wedge " + reader.id() + " on " + device + ", suffix " + suffix + ", key timeout "
                    + interKeyTimeout.toMillis() + " ms" + (grab ? ", grabbed" : ", shared with the console");
        }
    }

    /**
     * A camera whose command writes raw frames of {@code width} x {@code height} in {@code format} to its
     * standard output. A code that stays in view is read once; it counts again after {@code goneAfter}
     * out of view.
     */
    record Camera(ReaderProfile reader, List<String> command, int width, int height, CameraProfile.FrameFormat format,
                  Optional<FrameRegion> region, Duration goneAfter) implements InputConfig {

        public Camera {
            Objects.requireNonNull(reader, "reader");
            command = List.copyOf(command);
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(goneAfter, "goneAfter");
            Objects.requireNonNull(region, "region");
            if (region.isPresent() && !region.get().fitsIn(width, height)) {
                throw new IllegalArgumentException("the region " + region.get() + " is not inside the " + width + "x"
                        + height + " frame");
            }
            if (reader.connection() != ReaderProfile.Connection.CAMERA) {
                throw new IllegalArgumentException("a camera input needs a camera profile");
            }
            if (command.isEmpty()) {
                throw new IllegalArgumentException("a camera input needs its command");
            }
            if (goneAfter.isNegative() || goneAfter.isZero()) {
                throw new IllegalArgumentException("goneAfter must be positive");
            }
        }

        @Override
        public ScanSource source() {
            return ScanSource.CAMERA;
        }

        @Override
        public String describe() {
            return "camera " + reader.id() + ", " + width + "x" + height + " " + format.configName() + " frames from "
                    + command.get(0) + region.map(r -> ", decoding " + r).orElse("");
        }
    }

    /** Codes typed or piped into standard input: for the demo and for technicians. */
    record Stdin() implements InputConfig {
        @Override
        public ScanSource source() {
            return ScanSource.STDIN;
        }

        @Override
        public String describe() {
            return "stdin";
        }
    }
}
