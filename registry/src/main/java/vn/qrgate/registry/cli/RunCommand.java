package vn.qrgate.registry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.qrgate.registry.app.RegistryServer;
import vn.qrgate.registry.app.StartupException;
import vn.qrgate.registry.config.ConfigLoad;
import vn.qrgate.registry.config.RegistryConfigLoader;
import vn.qrgate.service.Health;
import vn.qrgate.service.SystemdNotifier;
import vn.qrgate.service.Watchdog;

/** The registry as systemd runs it: until SIGTERM, then stop taking requests and close the store. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        header = "Run the registry: the check-in API for gateways and the venues' lists.",
        description = {
            "Reads the config, opens the store (creating or upgrading its tables), listens for HTTP and runs "
                + "until stopped with SIGTERM or Ctrl-C. One log line gives the address it listens on.",
            "Endpoints: POST /api/v1/checkins (gateways), GET /api/v1/venues/{venueId}/checkins (accounts), "
                + "GET /health, GET /metrics (Prometheus).",
            "Log level: environment variable QRGATE_LOG_LEVEL (default INFO)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"143:stopped by SIGTERM (normal under systemd)",
            "2:the config has errors (all are listed); nothing was started",
            "1:the store could not be opened or the port could not be bound"})
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The registry config, e.g. /etc/qrgate/registry.yaml (check it with check-config).")
    private Path configFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ConfigLoad load = RegistryConfigLoader.withSystemEnv().load(configFile);
        if (load instanceof ConfigLoad.Invalid invalid) {
            CheckConfigCommand.printErrors(err, "run", configFile, invalid.errors());
            err.println("Nothing was started. Fix them and check again with: qrgate-registry check-config --config "
                    + configFile);
            err.flush();
            return RegistryMain.EXIT_USAGE;
        }
        RegistryServer server;
        try {
            server = RegistryServer.start(((ConfigLoad.Valid) load).config());
        } catch (StartupException e) {
            LOG.error("cannot start: {}", e.getMessage());
            return RegistryMain.EXIT_FAILURE;
        }
        SystemdNotifier systemd = SystemdNotifier.fromEnvironment();
        String running = "listening on " + server.baseUri();
        systemd.ready(running);
        Watchdog watchdog = Watchdog.start(systemd,
                () -> server.storeAnswers() ? Health.ok() : Health.failing("the store does not answer"), running);
        // The JVM runs this on SIGTERM and SIGINT: stop taking requests, finish the ones in flight, close the store.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping");
            watchdog.close();
            systemd.stopping();
            server.close();
            stopped.countDown();
        }, "qrgate-shutdown"));
        stopped.await();
        return 0;
    }
}
