package vn.qrgate.reader.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Section;
import vn.qrgate.config.Suggest;
import vn.qrgate.config.Values;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.reader.domain.FullPolicy;

/**
 * Walks a config tree top to bottom, recording every error, then checks the rules that span
 * sections. A {@link ReaderConfig} is built only when nothing at all was wrong.
 */
final class ConfigReader {

    private static final Values.Parser<String> VENUE = Values.text(ReaderConfig.MAX_VENUE_LENGTH);
    private static final Values.Parser<Mode> MODE = Values.oneOf(List.of(Mode.values()), Mode::configName);
    private static final Values.Parser<DirectionSetting> DIRECTION = Values.oneOf(DirectionSetting.class);
    private static final Values.Parser<FullPolicy> WHEN_FULL = Values.oneOf(FullPolicy.class);
    private static final Values.Parser<Duration> WINDOW = ReaderValues.duration(Duration.ZERO, Duration.ofHours(24));
    private static final Values.Parser<Duration> RETENTION = ReaderValues.duration(Duration.ofDays(1), Duration.ofDays(3650));
    private static final Values.Parser<Duration> MAX_AGE = ReaderValues.duration(Duration.ofHours(1), Duration.ofDays(365));

    private final Reading reading;
    private final FileChecks files;
    private final Path baseDir;
    private final Supplier<HardwareProfiles> bundled;
    /** The board's pins with the overrides that could be read; cross-checks use them even when others failed. */
    private Pins effectivePins;
    private Section outputsSection;

    ConfigReader(Reading reading, FileChecks files, Path baseDir, Supplier<HardwareProfiles> bundled) {
        this.reading = reading;
        this.files = files;
        this.baseDir = baseDir;
        this.bundled = bundled;
    }

    Optional<ReaderConfig> read(JsonNode root) {
        if (!root.isObject()) {
            reading.errorShown("(file)", Section.describe(reading, root), "a config is a set of 'key: value' lines; start from "
                    + "an example config");
            return Optional.empty();
        }
        Section top = Section.root(reading, root, Keys.TOP);
        DeviceId id = null;
        String venue = null;
        Section device = top.requireChild("device", Keys.DEVICE, "device: {id: kiosk-001, venue: V58-000123}");
        if (device != null) {
            id = device.require("id", ReaderValues.deviceId(), "id: kiosk-001");
            venue = device.require("venue", VENUE, "venue: V58-000123");
        }
        Mode mode = top.require("mode", MODE, "mode: gate");
        DirectionSetting direction = top.require("direction", DIRECTION, "direction: IN");

        Optional<HardwareProfiles> profiles = Optional.empty();
        BoardProfile board = null;
        Section hardware = top.requireChild("hardware", Keys.HARDWARE, "hardware: {board: relay-hat-gate}");
        if (hardware != null) {
            profiles = profiles(hardware);
            board = profiles.flatMap(p -> board(hardware, p)).orElse(null);
        }
        List<InputConfig> inputs = new InputsReader(reading).read(top, profiles);
        Outputs outputs = null;
        if (board != null) {
            outputs = outputs(top, board);
        } else {
            // No board to apply them to, but the overrides' own mistakes are still worth reporting now.
            top.child("outputs", Keys.OUTPUTS).ifPresent(s -> {
                PinsReader.override(s, PinsReader.EVERY_PART, true);
                s.get("relayPulse", PinsReader.RELAY_PULSE);
            });
        }
        OutboxConfig outbox = outbox(top);
        Duration window = top.child("duplicates", Keys.DUPLICATES)
                .map(s -> s.orDefault("window", WINDOW, Defaults.DUPLICATE_WINDOW)).orElse(Defaults.DUPLICATE_WINDOW);
        Optional<Path> denyList = top.child("denyList", Keys.DENY_LIST)
                .flatMap(s -> readableFile(s, "file", true, "file: /var/lib/qrgate/denylist.json"));
        Optional<TrustConfig> trust = top.child("trust", Keys.TRUST).flatMap(this::trust);
        Duration retention = top.orDefault("retention", RETENTION, Defaults.RETENTION);
        Optional<MqttConfig> mqtt = new MqttReader(reading, files, baseDir).read(top);

        if (board != null && mode != null && direction != null) {
            crossChecks(board, outputsSection, mode, direction);
        }
        if (reading.errorCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new ReaderConfig(id, venue, mode, direction, board, inputs, outputs, outbox, window,
                denyList, trust, retention, mqtt));
    }

    private Optional<HardwareProfiles> profiles(Section hardware) {
        HardwareProfiles profiles;
        if (!hardware.given("profiles")) {
            profiles = bundled.get();
            profiles.sourceErrors().forEach(reading::add);
        } else {
            Path dir = hardware.get("profiles", ReaderValues.path(baseDir)).orElse(null);
            if (dir == null) {
                return Optional.empty();
            }
            Optional<String> problem = files.directoryProblem(dir);
            if (problem.isPresent()) {
                hardware.error("profiles", problem.get() + "; it should hold readers/ and boards/ (remove the key to "
                        + "use the profiles bundled in the jar)");
                return Optional.empty();
            }
            profiles = HardwareProfiles.fromDirectory(files.locate(dir));
            profiles.sourceErrors().forEach(e -> hardware.error("profiles", e.rule()));
        }
        return profiles.sourceErrors().isEmpty() ? Optional.of(profiles) : Optional.empty();
    }

    private Optional<BoardProfile> board(Section hardware, HardwareProfiles profiles) {
        String id = hardware.require("board", Values.text(64), "board: relay-hat-gate");
        if (id == null) {
            return Optional.empty();
        }
        Optional<BoardProfile> board = profiles.board(id);
        if (board.isEmpty() && !profiles.boardErrors(id).isEmpty()) {
            profiles.boardErrors(id).forEach(reading::add);
        } else if (board.isEmpty()) {
            hardware.error("board", "no board profile of that name in " + profiles.source()
                    + "; known: " + String.join(", ", profiles.boardIds()) + Suggest.didYouMean(id, profiles.boardIds()));
        }
        return board;
    }

    private Outputs outputs(Section top, BoardProfile board) {
        int before = reading.errorCount();
        Optional<Section> section = top.child("outputs", Keys.OUTPUTS);
        outputsSection = section.orElse(null);
        Pins pins = section.map(s -> PinsReader.override(s, board.pins(), true)).orElse(board.pins());
        effectivePins = pins;
        Optional<Duration> pulse = section.flatMap(s -> s.get("relayPulse", PinsReader.RELAY_PULSE));
        section.ifPresent(s -> PinsReader.reportSharedPins(pins, s));
        boolean pulseWritten = section.map(s -> s.given("relayPulse")).orElse(false);
        if (pins.relay().isPresent() && pulse.isEmpty() && !pulseWritten) {
            pulse = board.relayPulse();
            if (pulse.isEmpty()) {
                reading.error("outputs.relayPulse", null, "required: board '" + board.id() + "' has no relay, so "
                        + "it states no pulse; e.g. relayPulse: 800ms");
            }
        }
        if (pins.relay().isEmpty()) {
            if (pulseWritten) {
                section.get().error("relayPulse", "there is no relay on this board; remove it or add outputs.relay");
            }
            pulse = Optional.empty();
        }
        return reading.errorCount() > before ? null : new Outputs(pins, pulse);
    }

    private OutboxConfig outbox(Section top) {
        Section s = top.requireChild("outbox", Keys.OUTBOX, "outbox: {path: /var/lib/qrgate/outbox.db}");
        if (s == null) {
            return null;
        }
        Path path = s.require("path", ReaderValues.path(baseDir), "path: /var/lib/qrgate/outbox.db");
        if (path != null) {
            files.writableFileProblem(path).ifPresent(problem -> s.error("path", problem));
        }
        Long capacity = s.orDefault("capacity", Values.integer(1L, OutboxConfig.MAX_CAPACITY), Defaults.OUTBOX_CAPACITY);
        FullPolicy whenFull = s.orDefault("whenFull", WHEN_FULL, Defaults.OUTBOX_WHEN_FULL);
        Long floor = s.orDefault("diskFloor", ReaderValues.size(OutboxConfig.MIN_DISK_FLOOR_BYTES, 1L << 40),
                Defaults.OUTBOX_DISK_FLOOR_BYTES);
        Integer nearlyFull = s.orDefault("nearlyFullAt", ReaderValues.percent(1, 99), Defaults.OUTBOX_NEARLY_FULL_PERCENT);
        if (path == null || capacity == null || whenFull == null || floor == null || nearlyFull == null) {
            return null;
        }
        return new OutboxConfig(path, capacity, whenFull, floor, nearlyFull);
    }

    private Optional<TrustConfig> trust(Section s) {
        Optional<Path> file = readableFile(s, "file", true, "file: /var/lib/qrgate/trust.jwks.json");
        Optional<Path> revocations = readableFile(s, "revocations", false, null);
        Duration maxAge = s.orDefault("maxAge", MAX_AGE, Defaults.TRUST_MAX_AGE);
        return file.isEmpty() || maxAge == null ? Optional.empty()
                : Optional.of(new TrustConfig(file.get(), revocations, maxAge));
    }

    private Optional<Path> readableFile(Section s, String key, boolean required, String example) {
        Optional<Path> path = required ? Optional.ofNullable(s.require(key, ReaderValues.path(baseDir), example))
                : s.get(key, ReaderValues.path(baseDir));
        path.flatMap(files::readableFileProblem).ifPresent(problem -> s.error(key, problem));
        return path;
    }

    /**
     * Rules that need several sections at once. The simulated board stands in for any hardware. A
     * part whose override could not be read is not judged again here: its own error says enough.
     */
    private void crossChecks(BoardProfile board, Section outputs, Mode mode, DirectionSetting direction) {
        Pins pins = effectivePins;
        if (pins == null) {
            return;
        }
        if (direction == DirectionSetting.SWITCH && pins.directionSwitch().isEmpty()
                && !overrideFailed(outputs, "directionSwitch")) {
            reading.error("direction", direction.name(), "SWITCH reads a direction switch, and board '" + board.id()
                    + "' has none: add outputs.directionSwitch: {pin: N, pull: up}, or use IN or OUT");
        }
        if (board.simulated()) {
            return;
        }
        if (mode == Mode.HANDHELD && pins.buzzer().isEmpty() && !overrideFailed(outputs, "buzzer")) {
            reading.error("mode", mode.configName(), "a handheld needs a buzzer (the conductor cannot watch a light), "
                    + "and board '" + board.id() + "' has none: add outputs.buzzer: {pin: N}");
        }
        if (mode == Mode.GATE && pins.relay().isEmpty() && !overrideFailed(outputs, "relay")) {
            reading.error("mode", mode.configName(), "a gate needs a relay to open it, and board '" + board.id()
                    + "' has none: add outputs.relay: {pin: N}, use a board with a relay, or use mode handheld");
        }
    }

    /** The override was written, but not as "none": so if the part is still missing, the override was bad. */
    private static boolean overrideFailed(Section outputs, String part) {
        return outputs != null && outputs.given(part) && !"none".equalsIgnoreCase(outputs.written(part));
    }
}
