package vn.qrgate.reader.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One barcode-reader model in one interface mode, from {@code hardware-profiles/readers/<id>.yaml}.
 * {@code framing} is present exactly for serial readers and {@code camera} exactly for cameras;
 * {@code setup} tells the technician how to put the reader into this mode.
 */
public record ReaderProfile(
        String id,
        String name,
        String vendor,
        String model,
        Connection connection,
        Optional<UsbId> usb,
        Optional<SerialFraming> framing,
        Optional<CameraProfile> camera,
        Suffix suffix,
        boolean utf8,
        String setup,
        Optional<String> notes) {

    public enum Connection {
        SERIAL("serial"),
        KEYBOARD_WEDGE("keyboard-wedge"),
        CAMERA("camera");

        private final String configName;

        Connection(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }
    }

    public ReaderProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(usb, "usb");
        Objects.requireNonNull(framing, "framing");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(notes, "notes");
        if (framing.isPresent() != (connection == Connection.SERIAL)) {
            throw new IllegalArgumentException("serial framing is given for serial readers and only for them");
        }
        if (camera.isPresent() != (connection == Connection.CAMERA)) {
            throw new IllegalArgumentException("camera settings are given for cameras and only for them");
        }
    }
}
