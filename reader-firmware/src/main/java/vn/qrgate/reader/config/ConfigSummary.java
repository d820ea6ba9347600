package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.qrgate.config.Values;

/**
 * A config in plain lines, for {@code check-config} and the agent's start-up log: what the reader
 * will actually do, defaults included. Secrets appear only as {@code ***}.
 */
public final class ConfigSummary {

    private ConfigSummary() {
    }

    public static List<String> lines(ReaderConfig config) {
        List<String> lines = new ArrayList<>();
        lines.add(row("device", config.deviceId() + " at venue " + config.venue()));
        lines.add(row("mode", config.mode().configName() + ", direction " + config.direction()
                + config.outputs().pins().directionSwitch().map(p -> " (switch on " + p + ")").orElse("")));
        BoardProfile board = config.board();
        lines.add(row("board", board.id() + " (" + board.name() + ")" + (board.simulated() ? ", simulated: pin "
                + "changes are logged, nothing is driven" : "")));
        lines.add(row("pins", pins(config.outputs())));
        for (int i = 0; i < config.inputs().size(); i++) {
            lines.add(row("input " + (i + 1), config.inputs().get(i).describe()));
        }
        OutboxConfig outbox = config.outbox();
        lines.add(row("outbox", outbox.path() + ", capacity " + outbox.capacity() + ", when full "
                + outbox.whenFull() + " (disk floor " + ReaderValues.formatSize(outbox.diskFloorBytes()) + "), alarm at "
                + outbox.nearlyFullPercent() + "%"));
        lines.add(row("duplicates", config.duplicateWindow().isZero() ? "not suppressed (window 0s)"
                : "same person within " + Values.formatDuration(config.duplicateWindow()) + " is a duplicate"));
        lines.add(row("deny list", config.denyListFile().map(Path::toString).orElse("none")));
        lines.add(row("trust", config.trust().map(t -> t.file() + t.revocations().map(r -> ", revocations " + r)
                .orElse(", no revocation list") + ", warn when older than " + Values.formatDuration(t.maxAge()))
                .orElse("none (QG1 codes are rejected with UNKNOWN_KEY)")));
        lines.add(row("retention", Values.formatDuration(config.retention())));
        lines.add(row("mqtt", config.mqtt().map(ConfigSummary::mqtt)
                .orElse("none: check-ins stay in the outbox until an mqtt section is added")));
        return lines;
    }

    private static String pins(Outputs outputs) {
        Pins pins = outputs.pins();
        List<String> parts = new ArrayList<>();
        pins.relay().ifPresent(p -> parts.add("relay " + p + " pulse "
                + Values.formatDuration(outputs.relayPulse().orElseThrow())));
        add(parts, "green LED", pins.greenLed());
        add(parts, "red LED", pins.redLed());
        add(parts, "buzzer", pins.buzzer());
        add(parts, "status LED", pins.statusLed());
        return parts.isEmpty() ? "no outputs" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, Optional<OutputPin> pin) {
        pin.ifPresent(p -> parts.add(name + " " + p));
    }

    private static String mqtt(MqttConfig m) {
        StringBuilder s = new StringBuilder(m.shownUri());
        m.username().ifPresent(u -> s.append(" as ").append(u));
        m.password().ifPresent(p -> s.append(", password ").append(p));
        m.caFile().ifPresent(ca -> s.append(", CA ").append(ca));
        m.clientCert().ifPresent(c -> s.append(", client certificate ").append(c));
        s.append(", batches of ").append(m.batchSize()).append(" events / ").append(m.batchBytes()).append(" bytes, ")
                .append(m.inFlight()).append(" in flight, ack timeout ").append(Values.formatDuration(m.ackTimeout()))
                .append(", reconnect ").append(Values.formatDuration(m.reconnectMin())).append("..")
                .append(Values.formatDuration(m.reconnectMax())).append(", alarm after ")
                .append(Values.formatDuration(m.unreachableAlarmAfter())).append(" unreachable");
        return s.toString();
    }

    private static String row(String label, String text) {
        return String.format("  %-11s %s", label, text);
    }
}
