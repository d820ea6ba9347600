package vn.qrgate.reader.adapter.serial;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Which serial reader to open and how. The port is named either by a device path (best a
 * {@code /dev/serial/by-id/...} link, which survives replugging into another USB socket) or by the
 * reader's USB vendor/product id, looked up on every (re)connect. Checked when built, so a wrong
 * config fails at start-up with the setting named rather than at the first scan.
 *
 * @param frameIdleTimeout zero = off; a partial frame this old is emitted (needed for suffix NONE).
 *     Checked once per 100 ms read timeout, so a frame may come up to that much later.
 * @param reconnectMin first wait after the reader went away; doubles up to {@code reconnectMax}
 */
public record SerialSettings(
        Path devicePath,
        UsbId usbId,
        int baud,
        int dataBits,
        Parity parity,
        int stopBits,
        Suffix suffix,
        int maxFrameBytes,
        Duration frameIdleTimeout,
        Duration reconnectMin,
        Duration reconnectMax) {

    public enum Parity { NONE, EVEN, ODD }

    public static final int DEFAULT_BAUD = 9600;
    public static final int DEFAULT_DATA_BITS = 8;
    public static final Parity DEFAULT_PARITY = Parity.NONE;
    public static final int DEFAULT_STOP_BITS = 1;
    public static final Suffix DEFAULT_SUFFIX = Suffix.CR;
    public static final Duration DEFAULT_RECONNECT_MIN = Duration.ofMillis(250);
    public static final Duration DEFAULT_RECONNECT_MAX = Duration.ofSeconds(10);

    static final int MIN_BAUD = 50;
    static final int MAX_BAUD = 4_000_000;
    static final int MIN_FRAME_BYTES = 16;
    static final int MAX_FRAME_BYTES = 65_536;
    static final Duration MIN_IDLE = Duration.ofMillis(50);
    static final Duration MAX_IDLE = Duration.ofSeconds(10);
    static final Duration MIN_RECONNECT = Duration.ofMillis(10);
    static final Duration MAX_RECONNECT = Duration.ofMinutes(10);

    public SerialSettings {
        if ((devicePath == null) == (usbId == null)) {
            throw new SerialSettingsException("device / usbId", devicePath == null ? "neither given" : "both given",
                    "give exactly one: a device path such as /dev/serial/by-id/usb-... or a USB id such as 0c2e:0b61");
        }
        if (devicePath != null && !devicePath.isAbsolute()) {
            throw new SerialSettingsException("device", devicePath.toString(),
                    "must be an absolute path such as /dev/serial/by-id/usb-... or /dev/ttyACM0");
        }
        if (baud < MIN_BAUD || baud > MAX_BAUD) {
            throw new SerialSettingsException("baud", Integer.toString(baud),
                    MIN_BAUD + " to " + MAX_BAUD + " (readers usually use 9600 or 115200)");
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new SerialSettingsException("dataBits", Integer.toString(dataBits), "5, 6, 7 or 8 (usually 8)");
        }
        require("parity", parity, "NONE, EVEN or ODD");
        if (stopBits != 1 && stopBits != 2) {
            throw new SerialSettingsException("stopBits", Integer.toString(stopBits), "1 or 2 (usually 1)");
        }
        require("suffix", suffix, "CR, LF, CRLF, TAB or NONE");
        if (maxFrameBytes < MIN_FRAME_BYTES || maxFrameBytes > MAX_FRAME_BYTES) {
            throw new SerialSettingsException("maxFrameBytes", Integer.toString(maxFrameBytes),
                    MIN_FRAME_BYTES + " to " + MAX_FRAME_BYTES + " (default " + FrameSplitter.DEFAULT_MAX_FRAME_BYTES + ")");
        }
        require("frameIdleTimeout", frameIdleTimeout, "0 (off) or " + MIN_IDLE.toMillis() + " ms to " + MAX_IDLE.toSeconds() + " s");
        if (!frameIdleTimeout.isZero() && outside(frameIdleTimeout, MIN_IDLE, MAX_IDLE)) {
            throw new SerialSettingsException("frameIdleTimeout", frameIdleTimeout.toString(),
                    "0 (off) or " + MIN_IDLE.toMillis() + " ms to " + MAX_IDLE.toSeconds() + " s");
        }
        if (suffix == Suffix.NONE && frameIdleTimeout.isZero()) {
            throw new SerialSettingsException("frameIdleTimeout", "0 with suffix NONE",
                    "a reader without suffix needs an idle timeout (e.g. 100 ms) to know where a code ends");
        }
        require("reconnectMin", reconnectMin, MIN_RECONNECT.toMillis() + " ms to " + MAX_RECONNECT.toMinutes() + " min");
        require("reconnectMax", reconnectMax, MIN_RECONNECT.toMillis() + " ms to " + MAX_RECONNECT.toMinutes() + " min");
        if (outside(reconnectMin, MIN_RECONNECT, MAX_RECONNECT)) {
            throw new SerialSettingsException("reconnectMin", reconnectMin.toString(),
                    MIN_RECONNECT.toMillis() + " ms to " + MAX_RECONNECT.toMinutes() + " min");
        }
        if (outside(reconnectMax, reconnectMin, MAX_RECONNECT)) {
            throw new SerialSettingsException("reconnectMax", reconnectMax.toString(),
                    "at least reconnectMin (" + reconnectMin + ") and at most " + MAX_RECONNECT.toMinutes() + " min");
        }
    }

    public static Builder device(Path devicePath) {
        return new Builder(Objects.requireNonNull(devicePath, "devicePath"), null);
    }

    public static Builder usb(UsbId usbId) {
        return new Builder(null, Objects.requireNonNull(usbId, "usbId"));
    }

    /** For logs and the status: the configured path or USB id, never anything read from the port. */
    public String target() {
        return devicePath != null ? devicePath.toString() : "usb:" + usbId;
    }

    private static void require(String setting, Object value, String allowed) {
        if (value == null) {
            throw new SerialSettingsException(setting, "missing", allowed);
        }
    }

    private static boolean outside(Duration value, Duration min, Duration max) {
        return value.compareTo(min) < 0 || value.compareTo(max) > 0;
    }

    /** Defaults suit a USB-COM reader at 9600 8N1 with CR; set only what the profile changes. */
    public static final class Builder {
        private final Path devicePath;
        private final UsbId usbId;
        private int baud = DEFAULT_BAUD;
        private int dataBits = DEFAULT_DATA_BITS;
        private Parity parity = DEFAULT_PARITY;
        private int stopBits = DEFAULT_STOP_BITS;
        private Suffix suffix = DEFAULT_SUFFIX;
        private int maxFrameBytes = FrameSplitter.DEFAULT_MAX_FRAME_BYTES;
        private Duration frameIdleTimeout = Duration.ZERO;
        private Duration reconnectMin = DEFAULT_RECONNECT_MIN;
        private Duration reconnectMax = DEFAULT_RECONNECT_MAX;

        private Builder(Path devicePath, UsbId usbId) {
            this.devicePath = devicePath;
            this.usbId = usbId;
        }

        public Builder baud(int value) {
            this.baud = value;
            return this;
        }

        public Builder dataBits(int value) {
            this.dataBits = value;
            return this;
        }

        public Builder parity(Parity value) {
            this.parity = value;
            return this;
        }

        public Builder stopBits(int value) {
            this.stopBits = value;
            return this;
        }

        public Builder suffix(Suffix value) {
            this.suffix = value;
            return this;
        }

        public Builder maxFrameBytes(int value) {
            this.maxFrameBytes = value;
            return this;
        }

        public Builder frameIdleTimeout(Duration value) {
            this.frameIdleTimeout = value;
            return this;
        }

        public Builder reconnectBackoff(Duration min, Duration max) {
            this.reconnectMin = min;
            this.reconnectMax = max;
            return this;
        }

        public SerialSettings build() {
            return new SerialSettings(devicePath, usbId, baud, dataBits, parity, stopBits, suffix, maxFrameBytes,
                    frameIdleTimeout, reconnectMin, reconnectMax);
        }
    }
}
