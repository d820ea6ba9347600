package vn.qrgate.reader.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import vn.qrgate.config.ConfigError;
import vn.qrgate.reader.config.ConfigLoad;
import vn.qrgate.reader.config.ConfigLoader;
import vn.qrgate.reader.config.ReaderConfig;

/** Loading a config for a command that needs a valid one: every error printed, nothing guessed. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    static Optional<ReaderConfig> loadOrReport(ConfigLoader loader, Path file, PrintStream err, String command) {
        ConfigLoad load = loader.load(file);
        if (load instanceof ConfigLoad.Valid valid) {
            return Optional.of(valid.config());
        }
        var errors = ((ConfigLoad.Invalid) load).errors();
        err.println(command + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " in " + file
                + "; nothing was started:");
        for (ConfigError e : errors) {
            err.println("  " + e);
        }
        err.println("Fix them and check again with: qrgate-reader check-config " + file);
        return Optional.empty();
    }
}
