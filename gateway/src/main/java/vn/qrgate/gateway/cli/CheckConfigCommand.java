package vn.qrgate.gateway.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.qrgate.config.ConfigError;
import vn.qrgate.gateway.config.ConfigLoad;
import vn.qrgate.gateway.config.ConfigSummary;
import vn.qrgate.gateway.config.GatewayConfigLoader;

/** The operator's "is my config right?": every error at once, or a summary of what the gateway will do. */
@Command(
        name = "check-config",
        mixinStandardHelpOptions = true,
        header = "Check a gateway config file: list every error, or summarise what the gateway will do.",
        description = {
            "Reads FILE (e.g. /etc/qrgate/gateway.yaml) the way 'run' does: $${ENV:NAME}",
            "placeholders from the environment, relative paths from the file's folder,",
            "and the files it names (store folder, deny list, trust list, TLS files),",
            "which are opened and checked. Nothing is started or connected to.",
            "Valid: prints a summary (secrets as ***) and exits 0.",
            "Invalid: prints every error to standard error as",
            "'key: value - what is allowed' and exits 2.",
            "Run it as the service user with the service's environment, so permissions",
            "and placeholders are checked as the gateway will see them.",
            "Example config: gateway/examples/gateway.yaml."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the config is valid", "2:the config has errors (or FILE cannot be read)"})
public final class CheckConfigCommand implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "The gateway config file to check.")
    private Path option;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The same, as a plain argument.")
    private Path positional;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final GatewayConfigLoader loader;
    private final PrintStream out;
    private final PrintStream err;

    public CheckConfigCommand() {
        this(new GatewayConfigLoader(System.getenv()), System.out, System.err);
    }

    public CheckConfigCommand(GatewayConfigLoader loader, PrintStream out, PrintStream err) {
        this.loader = loader;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if ((option == null) == (positional == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name the config file once: --config FILE");
        }
        Path file = option != null ? option : positional;
        ConfigLoad result = loader.read(file);
        if (result instanceof ConfigLoad.Valid valid) {
            out.println(file + " is valid. The gateway will run with:");
            ConfigSummary.lines(valid.config()).forEach(out::println);
            out.flush();
            return 0;
        }
        List<ConfigError> errors = ((ConfigLoad.Invalid) result).errors();
        err.println(errors.size() + (errors.size() == 1 ? " error in " : " errors in ") + file + ":");
        errors.forEach(e -> err.println("  " + e));
        err.println("The gateway does not start with this config. Fix the lines above and run check-config again.");
        err.flush();
        return GatewayMain.EXIT_USAGE;
    }
}
