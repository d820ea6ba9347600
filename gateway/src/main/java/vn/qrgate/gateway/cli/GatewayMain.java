package vn.qrgate.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qrgate-gateway}: the gateway service and the operator's config check. */
@Command(
        name = "qrgate-gateway",
        mixinStandardHelpOptions = true,
        versionProvider = GatewayMain.Version.class,
        description = {
            "QR Gate gateway: takes the readers' check-ins from the MQTT broker, stores",
            "them durably, acks them to the readers, forwards them to the registry, keeps",
            "the device table and pushes settings to the devices."},
        subcommands = {RunCommand.class, CheckConfigCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success (run: stopped by SIGTERM or Ctrl-C)", "2:bad usage or a config with errors",
            "1:the gateway failed while starting or running"})
public final class GatewayMain implements Runnable {

    /** Bad usage, or a config file with errors. */
    public static final int EXIT_USAGE = 2;
    /** The gateway could not start or failed while running. */
    public static final int EXIT_FAILURE = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new GatewayMain()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run or check-config");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GatewayMain.class.getPackage().getImplementationVersion();
            return new String[] {"qrgate-gateway " + (v == null ? "(development build)" : v)};
        }
    }
}
