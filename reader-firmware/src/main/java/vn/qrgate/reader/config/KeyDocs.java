package vn.qrgate.reader.config;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.qrgate.config.KeyDoc;

/**
 * What each config key means and which values it takes, in one place: {@code docs/config-reference.md}
 * is generated from this map, {@link Keys} and {@link Defaults}, and a test fails when a key in
 * {@link Keys} has no entry here or an entry names a key that does not exist. The allowed values
 * restate the rules the readers enforce (their error messages say the same).
 *
 * <p>Paths: {@code section.key}; list items as {@code inputs[n]}; {@code outputs.*} stands for each
 * of the output parts (relay, LEDs, buzzer), {@code outputs.directionSwitch} for the switch input.
 */
public final class KeyDocs {

    private static final Map<String, KeyDoc> DOCS = new LinkedHashMap<>();

    static {
        doc("device", "who this reader is", "a section");
        doc("mode", "what the reader drives", "`gate` (needs a relay) or `handheld` (needs a buzzer)");
        doc("direction", "which way the people scanned here pass",
                "`IN`, `OUT`, or `SWITCH` (needs a direction switch on the board or in `outputs`)");
        doc("hardware", "which board and profiles to use", "a section");
        doc("inputs", "where codes come from: readers and cameras", "a list, at least one item");
        doc("outputs", "overrides for the board profile's pins", "a section; without it the board's pins are used");
        doc("outbox", "the local store that keeps check-ins until the gateway acks them", "a section");
        doc("duplicates", "suppression of the same code scanned twice", "a section");
        doc("denyList", "a local deny list file", "a section");
        doc("trust", "the keys that sign QG1 passes", "a section");
        doc("retention", "check-ins older than this are deleted", "1d–3650d");
        doc("mqtt", "the link to the gateway; without it check-ins stay in the outbox", "a section");

        doc("device.id", "this reader's id; also its MQTT client id and username",
                "`[a-z0-9][a-z0-9-]{2,63}`, unique per reader");
        doc("device.venue", "the venue code the registry issued", "1–64 characters");

        doc("hardware.board", "the board profile: which pins drive relay, LEDs, buzzer, switch",
                "a file name in `hardware-profiles/boards/` without `.yaml`");
        doc("hardware.profiles", "a directory of your own profiles",
                "a directory with `readers/` and `boards/`; without it the copies bundled in the jar are used");

        doc("inputs[n].type", "the kind of input", "`serial`, `keyboard-wedge`, `camera` or `stdin`");
        doc("inputs[n].reader", "the reader profile: framing, suffix, camera command",
                "a reader profile id of the input's kind (all types but `stdin`)");
        doc("inputs[n].port", "serial: the device path (or give `usb`)", "absolute path; best `/dev/serial/by-id/usb-…`");
        doc("inputs[n].usb", "serial: find the reader by USB id (or give `port`)", "`{vendorId: 0x…, productId: 0x…}`");
        doc("inputs[n].usb.vendorId", "the USB vendor id, as `lsusb` prints it", "hex, `0x` optional");
        doc("inputs[n].usb.productId", "the USB product id, as `lsusb` prints it", "hex, `0x` optional");
        doc("inputs[n].baud", "serial: override the profile's baud rate",
                "1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600");
        doc("inputs[n].dataBits", "serial: override the profile's data bits", "5–8");
        doc("inputs[n].parity", "serial: override the profile's parity", "`none`, `even`, `odd`");
        doc("inputs[n].stopBits", "serial: override the profile's stop bits", "`1`, `2`");
        doc("inputs[n].suffix", "what ends a code (serial and keyboard-wedge)",
                "serial: `CR`, `LF`, `CRLF`, `TAB`, `NONE`; keyboard-wedge: `CR` (Enter), `TAB`, `NONE`");
        doc("inputs[n].device", "keyboard-wedge: the evdev device; camera: the value of `{device}`",
                "`/dev/input/by-id/usb-…-event-kbd`; camera e.g. `/dev/v4l/by-id/usb-…-video-index0`");
        doc("inputs[n].interKeyTimeout", "keyboard-wedge: a code without its Enter ends after this pause", "20ms–5s");
        doc("inputs[n].grab", "keyboard-wedge: take the device so its keys reach no console", "`true` or `false`");
        doc("inputs[n].command", "camera: replaces the profile's command",
                "a list; `{width}`, `{height}`, `{device}` are filled in");
        doc("inputs[n].width", "camera: override the profile's frame width", "32–4096 (even for yuv420)");
        doc("inputs[n].height", "camera: override the profile's frame height", "32–4096 (even for yuv420)");
        doc("inputs[n].region", "camera: decode only this part of the picture", "`{x, y, width, height}` inside the frame");
        doc("inputs[n].region.x", "left edge of the region", "pixels, inside the frame");
        doc("inputs[n].region.y", "top edge of the region", "pixels, inside the frame");
        doc("inputs[n].region.width", "width of the region", "pixels, inside the frame");
        doc("inputs[n].region.height", "height of the region", "pixels, inside the frame");
        doc("inputs[n].goneAfter", "camera: out of view this long before the same code counts again", "100ms–1m");

        doc("outputs.relay", "the gate relay", "`{pin: N, activeLow: true}`, just `N`, or `none` (not fitted)");
        doc("outputs.greenLed", "the green (accepted) LED", "`{pin: N, activeLow: true}`, just `N`, or `none`");
        doc("outputs.redLed", "the red (refused) LED", "`{pin: N, activeLow: true}`, just `N`, or `none`");
        doc("outputs.buzzer", "the buzzer", "`{pin: N, activeLow: true}`, just `N`, or `none`");
        doc("outputs.statusLed", "the alarm LED", "`{pin: N, activeLow: true}`, just `N`, or `none`");
        doc("outputs.directionSwitch", "the IN/OUT switch input", "`{pin: N, pull: up, inHigh: true}`, just `N`, or `none`");
        doc("outputs.relayPulse", "how long the relay closes for an accepted pass",
                "50ms–30s; without it the board's `relayPulse`");
        doc("outputs.*.pin", "the GPIO pin", "BCM number 0–27 (not the 1–40 header pin)");
        doc("outputs.*.activeLow", "the part is on when the pin is low", "`true` or `false`");
        doc("outputs.directionSwitch.pin", "the GPIO pin the switch is read on", "BCM number 0–27");
        doc("outputs.directionSwitch.pull", "the Pi's internal resistor on the pin", "`up`, `down`, `none`");
        doc("outputs.directionSwitch.inHigh", "a high pin means IN", "`true` or `false`");

        doc("outbox.path", "the SQLite file of check-ins not yet acked", "a file; its directory must exist and be writable");
        doc("outbox.capacity", "most check-ins kept while not acked", "1–100000000");
        doc("outbox.whenFull", "what happens when the outbox is full",
                "`KEEP_UNTIL_DISK_FLOOR` (keep storing until the disk floor) or `REFUSE_NEW_SCANS`");
        doc("outbox.diskFloor", "free disk that `KEEP_UNTIL_DISK_FLOOR` never uses", "1MB–1024GB");
        doc("outbox.nearlyFullAt", "the outbox-nearly-full alarm threshold", "1%–99% of capacity");

        doc("duplicates.window", "the same code again within this time is not recorded twice",
                "0s–24h; `0s` turns suppression off");
        doc("denyList.file", "the deny list file", "a readable file (required with `denyList`)");
        doc("trust.file", "the issuers' public keys", "a readable JWK Set file (required with `trust`)");
        doc("trust.revocations", "the QG1 revocation list (revoked key ids, salted hashes of revoked people); a list"
                + " the gateway pushes on `qrgate/v1/revocations` replaces it (and wins at start when newer than the file)",
                "a readable file");
        doc("trust.maxAge", "a trust list older than this is reported stale: `TRUST_LIST_STALE` on accepted QG1 passes;"
                + " the status always carries `trustListAge`", "1h–365d");

        doc("mqtt.uri", "the broker", "`tcp://`, `ssl://`, `ws://` or `wss://` with a host (required with `mqtt`)");
        doc("mqtt.caFile", "the CA that signed the broker's certificate", "a readable file; `ssl://`/`wss://` only");
        doc("mqtt.username", "the broker login; equal to `device.id` for the ACL", "1–256 characters (required with `password`)");
        doc("mqtt.password", "the broker password", "use `${ENV:NAME}`; always shown as `***`");
        doc("mqtt.clientCert", "a client certificate instead of a password", "a readable file; `ssl://`/`wss://` only; with `clientKey`");
        doc("mqtt.clientKey", "the client certificate's key", "a readable file; with `clientCert`");
        doc("mqtt.batchSize", "most check-ins in one message", "1–10000");
        doc("mqtt.batchBytes", "most bytes of check-ins in one message", "1024–16777216 bytes, or a size such as `64KB`");
        doc("mqtt.inFlight", "messages sent and not yet acked", "1–64");
        doc("mqtt.ackTimeout", "a message not acked in this time is sent again", "1s–1h");
        doc("mqtt.reconnectMin", "first wait before reconnecting", "100ms–10m");
        doc("mqtt.reconnectMax", "longest wait before reconnecting", "1s–1h, not below `reconnectMin`");
        doc("mqtt.unreachableAlarmAfter", "raise `BROKER_UNREACHABLE` after this long without a connection", "10s–7d");
    }

    private KeyDocs() {
    }

    private static void doc(String path, String what, String allowed) {
        if (DOCS.put(path, new KeyDoc(what, allowed)) != null) {
            throw new IllegalStateException("documented twice: " + path);
        }
    }

    /** Key path → its description, in the order written above. */
    public static Map<String, KeyDoc> all() {
        return java.util.Collections.unmodifiableMap(DOCS);
    }
}
