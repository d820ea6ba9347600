package vn.qrgate.reader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.qrgate.protocol.mask.Masking;
import vn.qrgate.reader.app.AgentWiring;
import vn.qrgate.reader.app.WiringException;
import vn.qrgate.reader.config.ConfigLoader;
import vn.qrgate.reader.config.ReaderConfig;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.domain.DecisionPipeline;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.domain.Verdict;
import vn.qrgate.reader.port.CodeSource;

/**
 * The technician's hardware check: every output once, the direction input, then one real scan
 * judged and shown masked. Nothing is recorded in the outbox.
 */
@Command(
        name = "selftest",
        mixinStandardHelpOptions = true,
        header = "Check the hardware: blink, pulse, beep, then read one code and show its verdict.",
        description = {
            "1. accepted signal: relay pulse (the gate clicks), green LED, short beep",
            "2. rejected signal: red LED, long beep (the relay stays off)",
            "3. alarm signal: status LED blinks, triple beep",
            "4. the direction input (switch or fixed) is read and shown",
            "5. waits for one scan on the configured inputs and prints its masked verdict.",
            "Stop the running service first (systemctl stop qrgate-reader): it holds the reader and the pins.",
            "Nothing is written to the outbox."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:all steps ran and a code was read", "3:no code was read before --timeout",
            "2:the config has errors", "1:the hardware failed"})
public final class SelftestCommand implements Callable<Integer> {

    /** Exit status when no scan arrived: the outputs worked, the reader did not. */
    public static final int EXIT_NO_SCAN = 3;

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "The reader config.")
    private Path configFile;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            defaultValue = "60s", description = "How long to wait for a scan (default ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--pause", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            defaultValue = "2s", description = "Pause between steps so you can watch and listen (default ${DEFAULT-VALUE}).")
    private Duration pause;

    private final ConfigLoader loader;
    private final AgentWiring.Options options;
    private final PrintStream out;
    private final PrintStream err;

    public SelftestCommand() {
        this(ConfigLoader.forThisMachine(), AgentWiring.Options.defaults(), System.out, System.err);
    }

    SelftestCommand(ConfigLoader loader, AgentWiring.Options options, PrintStream out, PrintStream err) {
        this.loader = loader;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        Optional<ReaderConfig> loaded = ConfigFiles.loadOrReport(loader, configFile, err, "selftest");
        if (loaded.isEmpty()) {
            return ReaderMain.EXIT_USAGE;
        }
        ReaderConfig config = loaded.get();
        DecisionPipeline pipeline;
        try {
            pipeline = AgentWiring.pipeline(config, options.clock(), Duration.ZERO);
        } catch (WiringException e) {
            err.println("selftest: " + e.getMessage());
            return ReaderMain.EXIT_USAGE;
        }
        out.println("QR Gate selftest: device " + config.deviceId() + ", board " + config.board().id()
                + (config.board().simulated() ? " (simulated: pin changes are logged)" : ""));
        AgentWiring.Hardware hardware = AgentWiring.hardware(config, options);
        try {
            step(1, "accepted: relay pulse, green LED, short beep. Did the gate click and the light turn green?");
            hardware.gate().accepted();
            sleep(pause);
            step(2, "rejected: red LED, long beep; the gate stays shut.");
            hardware.gate().rejected();
            sleep(pause);
            step(3, "alarm: status LED blinks, triple beep.");
            hardware.gate().showAlarms(EnumSet.of(Alarm.OUTBOX_NEARLY_FULL));
            sleep(pause);
            hardware.gate().showAlarms(Set.of());
            step(4, "direction input reads " + hardware.direction().current() + " (setting: " + config.direction() + ")");
            step(5, "show a code to the reader within " + timeout.toSeconds() + " s ...");
            return waitForOneScan(config, pipeline, hardware);
        } finally {
            hardware.gate().close();
            for (AutoCloseable c : hardware.closeAfter()) {
                try {
                    c.close();
                } catch (Exception e) {
                    err.println("selftest: closing " + c.getClass().getSimpleName() + " failed: " + e);
                }
            }
        }
    }

    private int waitForOneScan(ReaderConfig config, DecisionPipeline pipeline, AgentWiring.Hardware hardware)
            throws InterruptedException, IOException {
        CompletableFuture<RawScan> first = new CompletableFuture<>();
        AgentWiring.Inputs inputs = AgentWiring.inputs(config, options.withStdin(options.stdin(), () -> { }));
        for (CodeSource source : inputs.sources()) {
            source.start(first::complete);
            out.println("   listening on " + source.describe());
        }
        try {
            RawScan scan = first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Verdict verdict = pipeline.decide(scan, hardware.direction().current());
            if (verdict.isAccepted()) {
                hardware.gate().accepted();
            } else {
                hardware.gate().rejected();
            }
            out.println("   read " + scan.bytes().length + " bytes from " + scan.source().wireName() + ": " + describe(verdict));
            sleep(pause);
            return 0;
        } catch (TimeoutException e) {
            out.println("   no code read. Serial reader: check the cable, the port or USB id in the config, and that "
                    + "the reader is in USB-COM/serial mode (its hardware profile's setup notes). Keyboard-wedge "
                    + "reader: check the device path (ls -l /dev/input/by-id/). Camera: check the log for the camera "
                    + "command's errors, and try qrgate-reader decode-image on a picture from it "
                    + "(docs/reader-inputs.md).");
            return EXIT_NO_SCAN;
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a scan failed", e.getCause());
        } finally {
            inputs.sources().forEach(CodeSource::close);
        }
    }

    static String describe(Verdict v) {
        StringBuilder s = new StringBuilder().append(v.kind()).append(' ').append(v.decision());
        if (v.isAccepted()) {
            var m = Masking.mask(v.subject());
            s.append(": ").append(m.documentType()).append(' ').append(m.documentNumber()).append(", ").append(m.name())
                    .append(", born ").append(m.birthDate());
            if (!v.warnings().isEmpty()) {
                s.append(", warnings ").append(v.warnings());
            }
        } else {
            s.append(' ').append(v.reason()).append(": ").append(v.detail());
        }
        return s.append(" (direction ").append(v.direction()).append(')').toString();
    }

    private void step(int n, String what) {
        out.println(n + ". " + what);
        out.flush();
    }

    private static void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }
}
