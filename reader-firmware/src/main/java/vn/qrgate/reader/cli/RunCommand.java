package vn.qrgate.reader.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.qrgate.reader.app.AgentWiring;
import vn.qrgate.reader.app.ReaderAssembly;
import vn.qrgate.reader.app.WiringException;
import vn.qrgate.reader.config.ConfigLoader;
import vn.qrgate.reader.config.InputConfig;
import vn.qrgate.reader.config.ReaderConfig;
import vn.qrgate.service.Health;
import vn.qrgate.service.SystemdNotifier;
import vn.qrgate.service.Watchdog;

/** The agent itself, as systemd runs it: until SIGTERM, then inputs off, gate shut, outbox closed. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        header = "Run the reader agent: read codes, decide, record, open the gate.",
        description = {
            "Reads the config, opens every input and the gate outputs, and runs until stopped (SIGTERM or Ctrl-C).",
            "Every check-in is committed to the outbox before the gate opens.",
            "If the only input is stdin, the agent stops at the end of standard input."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:stopped at the end of standard input", "143:stopped by SIGTERM (normal under systemd)",
            "2:the config has errors (all are listed) or names files that cannot be used", "1:the hardware or the outbox failed"})
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The reader config, e.g. /etc/qrgate/reader.yaml (check it with check-config).")
    private Path configFile;

    private final ConfigLoader loader;
    private final AgentWiring.Options options;
    private final PrintStream err;

    public RunCommand() {
        this(ConfigLoader.forThisMachine(), AgentWiring.Options.defaults(), System.err);
    }

    RunCommand(ConfigLoader loader, AgentWiring.Options options, PrintStream err) {
        this.loader = loader;
        this.options = options;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        Optional<ReaderConfig> config = ConfigFiles.loadOrReport(loader, configFile, err, "run");
        if (config.isEmpty()) {
            return ReaderMain.EXIT_USAGE;
        }
        CountDownLatch stop = new CountDownLatch(1);
        boolean stdinOnly = config.get().inputs().stream().allMatch(i -> i instanceof InputConfig.Stdin);
        Runnable onStdinEnd = stdinOnly ? stop::countDown : () -> LOG.info("standard input ended; other inputs go on");
        ReaderAssembly reader;
        try {
            reader = AgentWiring.assemble(config.get(), options.withStdin(options.stdin(), onStdinEnd));
        } catch (WiringException e) {
            err.println("run: " + e.getMessage());
            return ReaderMain.EXIT_USAGE;
        }
        SystemdNotifier systemd = SystemdNotifier.fromEnvironment();
        Watchdog[] watchdog = new Watchdog[1];
        // The JVM runs this on SIGTERM and SIGINT: stop reading, shut the gate, close the outbox.
        Thread hook = new Thread(() -> {
            LOG.info("stopping");
            stopping(systemd, watchdog[0]);
            reader.close();
        }, "qrgate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        reader.start();
        String running = "reader " + config.get().deviceId() + " at venue " + config.get().venue() + " reading";
        systemd.ready(running);
        watchdog[0] = Watchdog.start(systemd, () -> reader.problem().map(Health::failing).orElse(Health.ok()), running);
        stop.await();
        try {
            // Ended by itself (end of stdin): close now rather than in the hook.
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // SIGTERM arrived at the same moment: the hook closes the reader.
            return 0;
        }
        stopping(systemd, watchdog[0]);
        reader.close();
        return 0;
    }

    private static void stopping(SystemdNotifier systemd, Watchdog watchdog) {
        if (watchdog != null) {
            watchdog.close();
        }
        systemd.stopping();
    }
}
