package vn.qrgate.registry.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qrgate-registry}: the central registry, the operator's config check, the area import and accounts. */
@Command(
        name = "qrgate-registry",
        mixinStandardHelpOptions = true,
        versionProvider = RegistryMain.Version.class,
        description = "QR Gate registry: receives check-ins from gateways, keeps each one once, serves venues their lists.",
        subcommands = {RunCommand.class, CheckConfigCommand.class, ImportAreasCommand.class, AddAccountCommand.class,
            TokenCommand.class, KeysCommand.class, IssueCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:done", "2:bad usage, or a config or file with errors", "1:the registry failed while starting or running, or the store failed"})
public final class RegistryMain implements Runnable {

    /** Exit status for bad usage or a config with errors (picocli's own for bad usage). */
    public static final int EXIT_USAGE = 2;
    /** Exit status for a failure at run time: the store cannot be opened, the port is taken. */
    public static final int EXIT_FAILURE = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** With {@code env} as the environment the signing commands read their passphrase from (tests). */
    static CommandLine commandLine(java.util.Map<String, String> env) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine(new RegistryMain(), new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == KeysCommand.class) {
                    return (K) new KeysCommand(env);
                }
                if (cls == IssueCommand.class) {
                    return (K) new IssueCommand(env);
                }
                return defaults.create(cls);
            }
        });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, check-config, import-areas, add-account, token, keys or issue");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RegistryMain.class.getPackage().getImplementationVersion();
            return new String[] {"qrgate-registry " + (v == null ? "(development build)" : v)};
        }
    }
}
