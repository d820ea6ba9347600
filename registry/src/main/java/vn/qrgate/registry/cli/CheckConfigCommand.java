package vn.qrgate.registry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.qrgate.config.ConfigError;
import vn.qrgate.registry.config.ConfigLoad;
import vn.qrgate.registry.config.ConfigSummary;
import vn.qrgate.registry.config.RegistryConfigLoader;

/** The operator's "is my config right?": every error at once, or what the registry will do. */
@Command(
        name = "check-config",
        mixinStandardHelpOptions = true,
        header = "Check a registry config file: list every error, or summarise what the registry will do.",
        description = {
            "Reads FILE the way 'run' does, including $${ENV:NAME} placeholders and the folder of an SQLite "
                + "file. Nothing is started and no database is opened.",
            "Valid: prints 'OK' and a summary (tokens and passwords as ***) and exits 0.",
            "Invalid: prints every error as 'key: value - what is allowed' and exits 2.",
            "Run it as the service user with the service's environment, so permissions and placeholders are "
                + "checked as the registry will see them. Example: registry/examples/registry.yaml."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the config is valid", "2:the config has errors (or FILE cannot be read)"})
final class CheckConfigCommand implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The registry config file to check, e.g. /etc/qrgate/registry.yaml.")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConfigLoad result = RegistryConfigLoader.withSystemEnv().load(file);
        if (result instanceof ConfigLoad.Valid valid) {
            out.println("OK: " + file + " is valid. The registry will run with:");
            ConfigSummary.lines(valid.config()).forEach(out::println);
            out.flush();
            return 0;
        }
        printErrors(err, "check-config", file, ((ConfigLoad.Invalid) result).errors());
        err.println("The registry does not start with this config. Fix the lines above and run check-config again.");
        err.flush();
        return RegistryMain.EXIT_USAGE;
    }

    static void printErrors(PrintWriter err, String command, Path file, List<ConfigError> errors) {
        err.println(command + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " in " + file + ":");
        errors.forEach(e -> err.println("  " + e));
    }
}
