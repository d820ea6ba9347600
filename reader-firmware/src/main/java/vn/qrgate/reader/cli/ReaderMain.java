package vn.qrgate.reader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qrgate-reader}: the gate reader agent and the technician's tools. */
@Command(
        name = "qrgate-reader",
        mixinStandardHelpOptions = true,
        versionProvider = ReaderMain.Version.class,
        description = "QR Gate reader: reads QR codes at a gate, decides offline, keeps every check-in.",
        subcommands = {RunCommand.class, SelftestCommand.class, CheckConfigCommand.class, InspectCommand.class,
            DecodeImageCommand.class, CommandLine.HelpCommand.class})
public final class ReaderMain implements Runnable {

    /** Exit status for bad usage, a bad option value or an unusable file it was pointed at. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        // Bad usage exits with 2 (picocli's invalid-input status), a failure while running with 1.
        return new CommandLine(new ReaderMain()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, selftest, check-config, inspect or decode-image");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ReaderMain.class.getPackage().getImplementationVersion();
            return new String[] {"qrgate-reader " + (v == null ? "(development build)" : v)};
        }
    }
}
