package vn.qrgate.gateway.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.qrgate.config.ConfigError;
import vn.qrgate.gateway.config.ConfigLoad;
import vn.qrgate.gateway.config.GatewayConfig;
import vn.qrgate.gateway.config.GatewayConfigLoader;

/** Loading a config for a command that needs a valid one: every error printed, nothing guessed. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    static Optional<GatewayConfig> loadOrReport(GatewayConfigLoader loader, Path file, PrintStream err, String command) {
        ConfigLoad load = loader.read(file);
        if (load instanceof ConfigLoad.Valid valid) {
            return Optional.of(valid.config());
        }
        List<ConfigError> errors = ((ConfigLoad.Invalid) load).errors();
        err.println(command + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " in " + file
                + "; nothing was started:");
        for (ConfigError e : errors) {
            err.println("  " + e);
        }
        err.println("Fix them and check again with: qrgate-gateway check-config --config " + file);
        err.flush();
        return Optional.empty();
    }
}
