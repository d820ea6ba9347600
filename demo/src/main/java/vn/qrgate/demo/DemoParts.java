package vn.qrgate.demo;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import vn.qrgate.gateway.app.GatewayServer;
import vn.qrgate.gateway.config.GatewayConfigLoader;
import vn.qrgate.reader.app.AgentWiring;
import vn.qrgate.reader.app.ReaderAssembly;
import vn.qrgate.reader.app.ScanListener;
import vn.qrgate.reader.config.ConfigLoad;
import vn.qrgate.reader.config.ConfigLoader;
import vn.qrgate.registry.app.RegistryServer;
import vn.qrgate.registry.config.RegistryConfigLoader;
import vn.qrgate.registry.port.SmsSender;

/**
 * Starts each part from its config file through the same loader and entry point its own command line
 * uses: the demo only chooses the files' contents.
 */
final class DemoParts {

    private DemoParts() {
    }

    static RegistryServer registry(Path config, Clock clock, SmsSender sms) {
        vn.qrgate.registry.config.ConfigLoad load = RegistryConfigLoader.withSystemEnv().load(config);
        if (load instanceof vn.qrgate.registry.config.ConfigLoad.Invalid invalid) {
            throw new DemoConfigException(config, invalid.errors().stream().map(Object::toString).toList());
        }
        return RegistryServer.start(((vn.qrgate.registry.config.ConfigLoad.Valid) load).config(), clock, sms);
    }

    static GatewayServer gateway(Path config, Clock clock) {
        vn.qrgate.gateway.config.ConfigLoad load = GatewayConfigLoader.load(config);
        if (load instanceof vn.qrgate.gateway.config.ConfigLoad.Invalid invalid) {
            throw new DemoConfigException(config, invalid.errors().stream().map(Object::toString).toList());
        }
        return GatewayServer.start(((vn.qrgate.gateway.config.ConfigLoad.Valid) load).config(), clock,
                GatewayServer.DEFAULT_BROKER_WAIT);
    }

    static ReaderAssembly reader(Path config, Clock clock, boolean clockShifted, InputStream scanner, Runnable onEnd,
                                 ScanListener listener) {
        ConfigLoad load = ConfigLoader.forThisMachine().load(config);
        if (load instanceof ConfigLoad.Invalid invalid) {
            throw new DemoConfigException(config, invalid.errors().stream().map(Object::toString).toList());
        }
        AgentWiring.Options defaults = AgentWiring.Options.defaults();
        AgentWiring.Options options = defaults
                .withStdin(scanner, onEnd)
                .withListener(listener)
                // A clock moved by --at is not the true time, and the events say so.
                .withClock(clock, clockShifted ? () -> false : defaults.clockSync());
        ReaderAssembly reader = AgentWiring.assemble(((ConfigLoad.Valid) load).config(), options);
        reader.start();
        return reader;
    }

    /** A config the demo wrote itself did not load: a bug in the demo, reported with every error. */
    static final class DemoConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DemoConfigException(Path file, List<String> errors) {
            super("the demo's own config " + file + " is invalid:\n  " + errors.stream().collect(Collectors.joining("\n  ")));
        }
    }
}
