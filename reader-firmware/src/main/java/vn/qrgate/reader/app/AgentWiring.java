package vn.qrgate.reader.app;

import com.pi4j.context.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.trust.DenyList;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustFiles;
import vn.qrgate.protocol.trust.TrustList;
import vn.qrgate.protocol.trust.TrustListException;
import vn.qrgate.reader.adapter.camera.CameraCodeSource;
import vn.qrgate.reader.adapter.camera.decode.QrFrameDecoder;
import vn.qrgate.reader.adapter.evdev.EvdevCodeSource;
import vn.qrgate.reader.adapter.gpio.Pi4jContexts;
import vn.qrgate.reader.adapter.gpio.Pi4jDirectionSwitch;
import vn.qrgate.reader.adapter.gpio.Pi4jGateActuator;
import vn.qrgate.reader.adapter.gpio.Signals;
import vn.qrgate.reader.adapter.gpio.SimulatedDirectionSwitch;
import vn.qrgate.reader.adapter.gpio.SimulatedGateActuator;
import vn.qrgate.reader.adapter.mqtt.MqttEventPublisher;
import vn.qrgate.reader.adapter.mqtt.MqttSetupException;
import vn.qrgate.reader.adapter.serial.JSerialCommDriver;
import vn.qrgate.reader.adapter.serial.SerialCodeSource;
import vn.qrgate.reader.adapter.serial.SerialPortFinder;
import vn.qrgate.reader.adapter.sqlite.SqliteOutbox;
import vn.qrgate.reader.adapter.stdin.StdinCodeSource;
import vn.qrgate.reader.adapter.system.TimesyncClockSync;
import vn.qrgate.reader.config.Defaults;
import vn.qrgate.reader.config.DirectionSetting;
import vn.qrgate.reader.config.InputConfig;
import vn.qrgate.reader.config.MqttConfig;
import vn.qrgate.reader.config.ReaderConfig;
import vn.qrgate.reader.config.TrustConfig;
import vn.qrgate.reader.domain.DecisionPipeline;
import vn.qrgate.reader.domain.DuplicateWindow;
import vn.qrgate.reader.port.ClockSync;
import vn.qrgate.reader.port.CodeSource;
import vn.qrgate.reader.port.DirectionSwitch;
import vn.qrgate.reader.port.EventPublisher;
import vn.qrgate.reader.port.GateActuator;

/** Builds a reader from a validated config: the one place that knows every adapter. */
public final class AgentWiring {

    /** Birth dates and card validity are calendar dates in Vietnam, whatever zone the Pi is set to. */
    public static final ZoneId VENUE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What tests, the benchmark and the demo replace; {@link #defaults()} is the real machine. */
    public record Options(Supplier<Context> gpio, InputStream stdin, Runnable onStdinEnd, ScanListener listener,
                          Clock clock, ClockSync clockSync) {

        public static Options defaults() {
            return new Options(Pi4jContexts::forHardware, System.in, () -> { }, ScanListener.NONE,
                    Clock.system(VENUE_ZONE), new TimesyncClockSync());
        }

        public Options withGpio(Supplier<Context> gpio) {
            return new Options(gpio, stdin, onStdinEnd, listener, clock, clockSync);
        }

        public Options withStdin(InputStream in, Runnable onEnd) {
            return new Options(gpio, in, onEnd, listener, clock, clockSync);
        }

        public Options withListener(ScanListener l) {
            return new Options(gpio, stdin, onStdinEnd, l, clock, clockSync);
        }

        public Options withClock(Clock c, ClockSync sync) {
            return new Options(gpio, stdin, onStdinEnd, listener, c, sync);
        }
    }

    private AgentWiring() {
    }

    /** The gate outputs and the direction input, and what to close after them. */
    public record Hardware(GateActuator gate, DirectionSwitch direction, List<AutoCloseable> closeAfter) {
    }

    /** The inputs, and for each serial one how to tell whether its reader is plugged in. */
    public record Inputs(List<CodeSource> sources, List<BooleanSupplier> connected) {
    }

    public static ReaderAssembly assemble(ReaderConfig config, Options options) {
        LiveSettings live = liveSettings(config, options.clock());
        DecisionPipeline pipeline = new DecisionPipeline(live::validator, live::denyList, live.duplicates(),
                options.clock());
        SqliteOutbox outbox = new SqliteOutbox(ConfigMapping.outbox(config));
        Hardware hardware;
        try {
            hardware = hardware(config, options);
        } catch (RuntimeException e) {
            outbox.close();
            throw e;
        }
        Inputs inputs = inputs(config, options);
        ReaderAgent agent = new ReaderAgent(config.deviceId(), config.venue(), pipeline,
                live.direction(hardware.direction()), outbox, hardware.gate(), inputs.sources(), options.clock(),
                options.clockSync(), options.listener());
        Optional<EventPublisher> publisher;
        try {
            publisher = config.mqtt().map(mqtt -> publisher(config, mqtt, outbox, agent, live, options));
        } catch (RuntimeException e) {
            agent.close();
            closeQuietly(hardware.closeAfter());
            throw e;
        }
        publisher.ifPresent(p -> {
            agent.onStored(p::wake);
            agent.onAlarmsChanged(p::statusChanged);
        });
        Runnable housekeeping = () -> {
            outbox.checkpoint();
            outbox.purgeAcked();
            outbox.purgeOlderThanRetention(options.clock().instant());
        };
        return new ReaderAssembly(agent, hardware.closeAfter(), inputs.connected(), housekeeping, publisher);
    }

    /**
     * The MQTT publisher for {@code config.mqtt()}: delivers the outbox, reports the status, applies what
     * the gateway pushes to {@code live}. Ack timeouts are timed with the outbox's clock (the system's).
     */
    static EventPublisher publisher(ReaderConfig config, MqttConfig mqtt, SqliteOutbox outbox, ReaderAgent agent,
                                    LiveSettings live, Options options) {
        try {
            return new MqttEventPublisher(ConfigMapping.mqtt(config.deviceId(), mqtt), outbox,
                    new StatusReport(agent, outbox, live, options.clock()), live, Clock.systemUTC());
        } catch (MqttSetupException e) {
            throw new WiringException(e.getMessage());
        }
    }

    /** What the gateway may change at run time, starting from the config and the copies it pushed before. */
    static LiveSettings liveSettings(ReaderConfig config, Clock clock) {
        Optional<TrustList> trust = Optional.empty();
        RevocationList revoked = RevocationList.none();
        Optional<Instant> revokedAt = Optional.empty();
        if (config.trust().isPresent()) {
            trust = Optional.of(trustList(config.trust().get().file()));
            Optional<Path> revocations = config.trust().get().revocations();
            if (revocations.isPresent()) {
                revoked = revocations(revocations.get());
                revokedAt = writtenAt(revocations.get());
            }
        }
        Optional<DenyList> deny = config.denyListFile().isPresent() ? Optional.of(denyList(config)) : Optional.empty();
        LiveSettings.Baseline baseline = new LiveSettings.Baseline(trust, revoked, revokedAt,
                config.trust().map(TrustConfig::maxAge).orElse(Defaults.TRUST_MAX_AGE), deny, config.duplicateWindow(),
                config.direction() == DirectionSetting.SWITCH);
        return LiveSettings.restore(baseline, config.outbox().path().toAbsolutePath().getParent(), clock);
    }

    /** The judgement as configured: trust list, revocations, deny list, duplicate window. */
    public static DecisionPipeline pipeline(ReaderConfig config, Clock clock, java.time.Duration duplicateWindow) {
        CodeValidator validator = validator(config, clock);
        DenyList deny = denyList(config);
        return new DecisionPipeline(() -> validator, () -> deny,
                new DuplicateWindow(duplicateWindow, DuplicateWindow.DEFAULT_MAX_ENTRIES), clock);
    }

    public static Hardware hardware(ReaderConfig config, Options options) {
        if (config.board().simulated()) {
            return new Hardware(new SimulatedGateActuator(config.outputs().relayPulse().orElse(ConfigMapping.NO_RELAY_PULSE),
                    Signals.DEFAULTS), simulatedDirection(config), List.of());
        }
        List<AutoCloseable> after = new ArrayList<>();
        Context pi4j = options.gpio().get();
        after.add(pi4j::shutdown);
        try {
            GateActuator gate = new Pi4jGateActuator(pi4j, ConfigMapping.pins(config), Signals.DEFAULTS, false);
            DirectionSwitch direction;
            if (config.direction() == DirectionSetting.SWITCH) {
                Pi4jDirectionSwitch sw = new Pi4jDirectionSwitch(pi4j, ConfigMapping.pins(config));
                after.add(0, sw);
                direction = sw;
            } else {
                direction = fixed(config.direction());
            }
            return new Hardware(gate, direction, after);
        } catch (RuntimeException e) {
            closeQuietly(after);
            throw e;
        }
    }

    public static Inputs inputs(ReaderConfig config, Options options) {
        List<CodeSource> sources = new ArrayList<>();
        List<BooleanSupplier> connected = new ArrayList<>();
        for (InputConfig input : config.inputs()) {
            if (input instanceof InputConfig.Serial serial) {
                // Inputs stamp each scan with the agent's clock: the one the events and the validator use.
                SerialCodeSource source = new SerialCodeSource(ConfigMapping.serial(serial), new SerialPortFinder(),
                        new JSerialCommDriver(), options.clock());
                sources.add(source);
                connected.add(source::connected);
            } else if (input instanceof InputConfig.KeyboardWedge wedge) {
                EvdevCodeSource source = new EvdevCodeSource(ConfigMapping.wedge(wedge), options.clock());
                sources.add(source);
                connected.add(source::connected);
            } else if (input instanceof InputConfig.Camera camera) {
                CameraCodeSource source = new CameraCodeSource(ConfigMapping.camera(camera), new QrFrameDecoder(),
                        options.clock());
                sources.add(source);
                connected.add(source::connected);
            } else {
                sources.add(new StdinCodeSource(options.stdin(), options.clock(), StdinCodeSource.DEFAULT_MAX_LINE_BYTES,
                        options.onStdinEnd()));
            }
        }
        return new Inputs(sources, connected);
    }

    private static DirectionSwitch simulatedDirection(ReaderConfig config) {
        if (config.direction() == DirectionSetting.SWITCH) {
            // On the simulated board the "switch" is a file: echo OUT > /run/qrgate/direction
            return SimulatedDirectionSwitch.readingFile(config.outbox().path().resolveSibling("direction"));
        }
        return new SimulatedDirectionSwitch(config.direction() == DirectionSetting.OUT ? Direction.OUT : Direction.IN);
    }

    private static DirectionSwitch fixed(DirectionSetting setting) {
        Direction d = setting == DirectionSetting.OUT ? Direction.OUT : Direction.IN;
        return () -> d;
    }

    static CodeValidator validator(ReaderConfig config, Clock clock) {
        if (config.trust().isEmpty()) {
            return new CodeValidator(clock);
        }
        TrustList trust = trustList(config.trust().get().file());
        RevocationList revoked = config.trust().get().revocations().map(AgentWiring::revocations)
                .orElse(RevocationList.none());
        return new CodeValidator(clock, trust, revoked, Optional.of(config.trust().get().maxAge()));
    }

    /** The trust file, obtained when it was last written. */
    static TrustList trustList(Path file) {
        try {
            return TrustFiles.parseJwks(Files.readAllBytes(file), Optional.of(Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException e) {
            throw new WiringException("trust.file " + file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        } catch (TrustListException e) {
            throw new WiringException("trust.file " + file + ": " + e.getMessage());
        }
    }

    /** When a file was last written; empty if that cannot be read (a pushed copy then wins). */
    private static Optional<Instant> writtenAt(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static RevocationList revocations(Path file) {
        try {
            return TrustFiles.parseRevocations(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new WiringException("trust.revocations " + file + ": cannot read (" + e.getClass().getSimpleName()
                    + ")");
        } catch (TrustListException e) {
            throw new WiringException("trust.revocations " + file + ": " + e.getMessage());
        }
    }

    static DenyList denyList(ReaderConfig config) {
        if (config.denyListFile().isEmpty()) {
            return DenyList.empty();
        }
        Path file = config.denyListFile().get();
        try {
            return TrustFiles.parseDenyList(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new WiringException("denyList.file " + file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        } catch (TrustListException e) {
            throw new WiringException("denyList.file " + file + ": " + e.getMessage());
        }
    }

    private static void closeQuietly(List<AutoCloseable> closeables) {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }
}
