package vn.qrgate.gateway.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.qrgate.gateway.app.GatewayServer;
import vn.qrgate.gateway.app.GatewayStartException;
import vn.qrgate.gateway.config.ConfigSummary;
import vn.qrgate.gateway.config.GatewayConfig;
import vn.qrgate.gateway.config.GatewayConfigLoader;
import vn.qrgate.service.Health;
import vn.qrgate.service.SystemdNotifier;
import vn.qrgate.service.Watchdog;

/** The gateway itself, as systemd runs it: until SIGTERM, then a clean stop. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        header = "Run the gateway until stopped (SIGTERM or Ctrl-C).",
        description = {
            "Reads the config (every error is listed; nothing starts on a config with",
            "errors), opens the store, serves /health and /metrics, connects to the",
            "broker (retrying with backoff while it is away) and subscribes to the",
            "devices' check-ins (shared subscription) and status. A check-in is acked",
            "to its device only after it is committed to the store, and deleted from",
            "the store only after the registry answered accepted or duplicate for it.",
            "SIGTERM or Ctrl-C: the commit in progress is finished and acked, the MQTT",
            "connection closed, exit status 0.",
            "Logs go to standard error; QRGATE_LOG_LEVEL=DEBUG shows more."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:stopped by SIGTERM or Ctrl-C", "2:the config has errors (all are listed)",
            "1:the gateway could not start (store, HTTP port) or failed"})
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The gateway config, e.g. /etc/qrgate/gateway.yaml (check it with check-config).")
    private Path configFile;

    private final GatewayConfigLoader loader;
    private final PrintStream err;

    public RunCommand() {
        this(new GatewayConfigLoader(System.getenv()), System.err);
    }

    RunCommand(GatewayConfigLoader loader, PrintStream err) {
        this.loader = loader;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        Optional<GatewayConfig> config = ConfigFiles.loadOrReport(loader, configFile, err, "run");
        if (config.isEmpty()) {
            return GatewayMain.EXIT_USAGE;
        }
        ConfigSummary.lines(config.get()).forEach(line -> LOG.info("config:{}", line));
        CountDownLatch stop = new CountDownLatch(1);
        boolean signals = StopSignals.install(stop::countDown);
        GatewayServer gateway;
        try {
            // The broker may come up after the gateway (boot order): keep connecting in the background.
            gateway = GatewayServer.start(config.get(), Clock.systemUTC(), Duration.ZERO);
        } catch (GatewayStartException e) {
            err.println("run: " + e.getMessage());
            return GatewayMain.EXIT_FAILURE;
        }
        SystemdNotifier systemd = SystemdNotifier.fromEnvironment();
        String running = "gateway " + config.get().gatewayId() + " running, /health on port " + gateway.httpPort();
        systemd.ready(running);
        // The broker comes and goes (the gateway reconnects); a store that does not answer needs a restart.
        Watchdog watchdog = Watchdog.start(systemd, () -> gateway.health().up() ? Health.ok()
                : Health.failing("the store does not answer"), running);
        // Without our own signal handling (or on System.exit elsewhere) the JVM still stops the gateway cleanly.
        Thread hook = new Thread(() -> {
            watchdog.close();
            systemd.stopping();
            gateway.close();
        }, "qrgate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!signals) {
            LOG.debug("stop signals go through the shutdown hook");
        }
        stop.await();
        LOG.info("stop requested");
        watchdog.close();
        systemd.stopping();
        gateway.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already stopping; the hook finds the gateway closed
        }
        return 0;
    }
}
