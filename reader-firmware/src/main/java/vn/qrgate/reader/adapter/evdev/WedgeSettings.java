package vn.qrgate.reader.adapter.evdev;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Which keyboard-wedge reader to read and how. Checked when built, so a wrong config fails at
 * start-up with the setting named rather than at the first scan.
 *
 * @param device the reader's event node, best its {@code /dev/input/by-id/...-event-kbd} link, which
 *     survives replugging into another USB socket
 * @param suffix the key the reader presses after a code
 * @param interKeyTimeout a code in progress ends when no key follows within this time: the only end
 *     with suffix NONE, and the rescue for a reader that lost its Enter
 * @param maxCodeBytes a longer code is passed on as its first max+1 bytes, so validation says TOO_LONG
 * @param grab take the device for this program alone, so keystrokes do not reach a console login
 */
public record WedgeSettings(Path device, SuffixKey suffix, Duration interKeyTimeout, int maxCodeBytes, boolean grab) {

    public static final SuffixKey DEFAULT_SUFFIX = SuffixKey.ENTER;
    // A reader types a whole code in tens of milliseconds: one USB report every 1-8 ms, two or four
    // reports per character, so gaps stay well under 50 ms even with a slow inter-character setting.
    // 200 ms is far above that, yet a visitor barely notices it when it is what ends a code.
    public static final Duration DEFAULT_INTER_KEY_TIMEOUT = Duration.ofMillis(200);
    // Twice the validator's 2 KiB cap: anything longer is rejected as TOO_LONG either way.
    public static final int DEFAULT_MAX_CODE_BYTES = 4096;
    public static final boolean DEFAULT_GRAB = true;

    static final Duration MIN_INTER_KEY_TIMEOUT = Duration.ofMillis(20);
    static final Duration MAX_INTER_KEY_TIMEOUT = Duration.ofSeconds(5);
    static final int MIN_CODE_BYTES = 16;
    static final int MAX_CODE_BYTES = 65_536;

    public WedgeSettings {
        if (device == null) {
            throw new WedgeSettingsException("device", "null",
                    "an absolute path such as /dev/input/by-id/usb-...-event-kbd or /dev/input/event3");
        }
        if (!device.isAbsolute()) {
            throw new WedgeSettingsException("device", device.toString(),
                    "must be an absolute path such as /dev/input/by-id/usb-...-event-kbd or /dev/input/event3");
        }
        if (suffix == null) {
            throw new WedgeSettingsException("suffix", "null", "ENTER, TAB or NONE");
        }
        if (interKeyTimeout == null || interKeyTimeout.compareTo(MIN_INTER_KEY_TIMEOUT) < 0
                || interKeyTimeout.compareTo(MAX_INTER_KEY_TIMEOUT) > 0) {
            throw new WedgeSettingsException("interKeyTimeout", String.valueOf(interKeyTimeout),
                    MIN_INTER_KEY_TIMEOUT.toMillis() + " ms to " + MAX_INTER_KEY_TIMEOUT.toSeconds()
                            + " s (default " + DEFAULT_INTER_KEY_TIMEOUT.toMillis() + " ms)");
        }
        if (maxCodeBytes < MIN_CODE_BYTES || maxCodeBytes > MAX_CODE_BYTES) {
            throw new WedgeSettingsException("maxCodeBytes", Integer.toString(maxCodeBytes),
                    MIN_CODE_BYTES + " to " + MAX_CODE_BYTES + " (default " + DEFAULT_MAX_CODE_BYTES + ")");
        }
    }

    /** The given device with Enter as suffix, a 200 ms inter-key timeout, a 4096-byte cap and grabbing on. */
    public static WedgeSettings defaults(Path device) {
        return new WedgeSettings(device, DEFAULT_SUFFIX, DEFAULT_INTER_KEY_TIMEOUT, DEFAULT_MAX_CODE_BYTES, DEFAULT_GRAB);
    }
}
