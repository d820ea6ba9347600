package vn.qrgate.reader.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.qrgate.config.ConfigError;
import vn.qrgate.reader.config.ConfigLoad;
import vn.qrgate.reader.config.ConfigLoader;
import vn.qrgate.reader.config.ConfigSummary;
import vn.qrgate.reader.config.FileChecks;

/**
 * The technician's "is my config right?": every error at once, or a summary of what the reader will
 * do. The exit status is the same one {@code run} uses for a bad config, so scripts can rely on it.
 */
@Command(
        name = "check-config",
        mixinStandardHelpOptions = true,
        header = "Check a reader config file: list every error, or summarise what the reader will do.",
        description = {
            "Reads FILE (e.g. /etc/qrgate/reader.yaml) the way 'run' does: the hardware profiles it names,",
            "$${ENV:NAME} placeholders from the environment, and the files it points to (deny list, trust list,",
            "outbox directory). Nothing is started and no pin is touched.",
            "Valid: prints a summary (secrets as ***) and exits 0.",
            "Invalid: prints every error to standard error as 'key: value - what is allowed' and exits 2.",
            "Run it as the service user (sudo -u qrgate ...) with the service's environment, so file",
            "permissions and placeholders are checked as the reader will see them.",
            "Example configs: reader-firmware/examples/gate-kiosk.yaml and bus-handheld.yaml."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the config is valid", "2:the config has errors (or FILE cannot be read)"})
public final class CheckConfigCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The reader config file to check.")
    private Path file;

    private final ConfigLoader loader;
    private final PrintStream out;
    private final PrintStream err;

    public CheckConfigCommand() {
        this(System.getenv(), FileChecks.real(), System.out, System.err);
    }

    public CheckConfigCommand(Map<String, String> env, FileChecks files, PrintStream out, PrintStream err) {
        this(new ConfigLoader(env, files), out, err);
    }

    public CheckConfigCommand(ConfigLoader loader, PrintStream out, PrintStream err) {
        this.loader = loader;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ConfigLoad result = loader.load(file);
        if (result instanceof ConfigLoad.Valid valid) {
            out.println(file + " is valid. The reader will run with:");
            ConfigSummary.lines(valid.config()).forEach(out::println);
            out.flush();
            return 0;
        }
        List<ConfigError> errors = ((ConfigLoad.Invalid) result).errors();
        err.println(errors.size() + (errors.size() == 1 ? " error in " : " errors in ") + file + ":");
        errors.forEach(e -> err.println("  " + e));
        err.println("The reader does not start with this config. Fix the lines above and run check-config again.");
        err.flush();
        return ReaderMain.EXIT_USAGE;
    }
}
