package vn.qrgate.reader.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.qrgate.config.Values;
import vn.qrgate.reader.domain.FullPolicy;

/**
 * Every value the reader uses when the config leaves a key out, written here and nowhere else. The
 * example configs and {@code reader-firmware/examples/README.md} state the same values; a test holds
 * them together. Keys with no default (device, mode, direction, hardware.board, inputs, outbox.path,
 * mqtt.uri) must be written: the reader never guesses those.
 */
public final class Defaults {

    public static final long OUTBOX_CAPACITY = 200_000;
    public static final FullPolicy OUTBOX_WHEN_FULL = FullPolicy.KEEP_UNTIL_DISK_FLOOR;
    public static final long OUTBOX_DISK_FLOOR_BYTES = 100L * 1024 * 1024;
    public static final int OUTBOX_NEARLY_FULL_PERCENT = 80;

    /**
     * A keyboard-wedge reader types a whole code in tens of milliseconds, a few ms per key; a code whose
     * Enter got lost ends after this pause instead of hanging until the next visitor's code.
     */
    public static final Duration WEDGE_INTER_KEY_TIMEOUT = Duration.ofMillis(200);
    public static final boolean WEDGE_GRAB = true;
    /**
     * Decoders miss a few frames in a row of a code held still (glare, motion: at most a few hundred ms);
     * someone who takes a card away and shows it again takes longer than a second. The duplicate window
     * still applies after this.
     */
    public static final Duration CAMERA_GONE_AFTER = Duration.ofSeconds(1);

    public static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(10);
    /** DESIGN §7: check-ins older than this are deleted at every tier. */
    public static final Duration RETENTION = Duration.ofDays(30);
    public static final Duration TRUST_MAX_AGE = Duration.ofDays(7);

    /** An output pin override or board pin that does not say otherwise is active high. */
    public static final boolean ACTIVE_LOW = false;
    /** A switch to ground with the Pi's internal pull-up: the usual two-wire toggle switch. */
    public static final SwitchPin.Pull SWITCH_PULL = SwitchPin.Pull.UP;
    /** With the pull-up, an open switch reads high: the resting position means IN. */
    public static final boolean SWITCH_IN_HIGH = true;

    /**
     * A backlog drains in messages this large: measured on the 2-core build machine, 100 000 events through
     * a local Mosquitto took about 10 s in messages of 100 events and 5 to 7 s in messages of 500.
     */
    public static final int MQTT_BATCH_SIZE = 500;
    public static final int MQTT_BATCH_BYTES = 262_144;
    public static final int MQTT_IN_FLIGHT = 4;
    public static final Duration MQTT_ACK_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MQTT_RECONNECT_MIN = Duration.ofSeconds(1);
    public static final Duration MQTT_RECONNECT_MAX = Duration.ofSeconds(60);
    public static final Duration MQTT_UNREACHABLE_ALARM_AFTER = Duration.ofMinutes(10);

    private Defaults() {
    }

    /** Dotted config key → the default as it would be written in the config file. */
    public static Map<String, String> asConfigText() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("outbox.capacity", Long.toString(OUTBOX_CAPACITY));
        text.put("outbox.whenFull", OUTBOX_WHEN_FULL.name());
        text.put("outbox.diskFloor", ReaderValues.formatSize(OUTBOX_DISK_FLOOR_BYTES));
        text.put("outbox.nearlyFullAt", OUTBOX_NEARLY_FULL_PERCENT + "%");
        text.put("inputs[n].interKeyTimeout", Values.formatDuration(WEDGE_INTER_KEY_TIMEOUT));
        text.put("inputs[n].grab", Boolean.toString(WEDGE_GRAB));
        text.put("inputs[n].goneAfter", Values.formatDuration(CAMERA_GONE_AFTER));
        text.put("duplicates.window", Values.formatDuration(DUPLICATE_WINDOW));
        text.put("retention", Values.formatDuration(RETENTION));
        text.put("trust.maxAge", Values.formatDuration(TRUST_MAX_AGE));
        text.put("outputs.*.activeLow", Boolean.toString(ACTIVE_LOW));
        text.put("outputs.directionSwitch.pull", SWITCH_PULL.name().toLowerCase(java.util.Locale.ROOT));
        text.put("outputs.directionSwitch.inHigh", Boolean.toString(SWITCH_IN_HIGH));
        text.put("mqtt.batchSize", Integer.toString(MQTT_BATCH_SIZE));
        text.put("mqtt.batchBytes", Integer.toString(MQTT_BATCH_BYTES));
        text.put("mqtt.inFlight", Integer.toString(MQTT_IN_FLIGHT));
        text.put("mqtt.ackTimeout", Values.formatDuration(MQTT_ACK_TIMEOUT));
        text.put("mqtt.reconnectMin", Values.formatDuration(MQTT_RECONNECT_MIN));
        text.put("mqtt.reconnectMax", Values.formatDuration(MQTT_RECONNECT_MAX));
        text.put("mqtt.unreachableAlarmAfter", Values.formatDuration(MQTT_UNREACHABLE_ALARM_AFTER));
        return text;
    }
}
