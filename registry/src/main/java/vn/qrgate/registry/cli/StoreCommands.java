package vn.qrgate.registry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import vn.qrgate.registry.config.ConfigLoad;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.config.RegistryConfigLoader;

/** What the commands that write accounts into the store share: the config, and option errors. */
final class StoreCommands {

    private StoreCommands() {
    }

    /** The valid config, or empty after printing its errors. */
    static Optional<RegistryConfig> config(String command, Path file, PrintWriter err) {
        ConfigLoad load = RegistryConfigLoader.withSystemEnv().load(file);
        if (load instanceof ConfigLoad.Invalid invalid) {
            CheckConfigCommand.printErrors(err, command, file, invalid.errors());
            err.println("Nothing was stored. Fix the config and check it with: qrgate-registry check-config --config " + file);
            return Optional.empty();
        }
        return Optional.of(((ConfigLoad.Valid) load).config());
    }

    static void optionError(String command, String option, String value, String allowed) {
        throw new OptionException(command + ": " + option + " " + (value == null ? "is missing" : "'" + value + "' is wrong")
                + "; allowed: " + allowed);
    }

    /** A bad option value: printed as it is, exit status 2. */
    static final class OptionException extends RuntimeException {
        OptionException(String message) {
            super(message, null, false, false);
        }
    }
}
