package vn.qrgate.registry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.qrgate.registry.adapter.keys.KeyFiles;
import vn.qrgate.registry.adapter.keys.Qg1Codes;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.domain.keys.KeyRing;
import vn.qrgate.registry.domain.keys.SigningKey;
import vn.qrgate.registry.port.SigningKeyStore;
import vn.qrgate.registry.port.SigningKeyStore.KeyStoreException;

/** {@code keys list|rotate|revoke|export-trust}: the QG1 signing keys in the config's key file. */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        header = "The keys that sign personal QG1 codes: list them, rotate to a new one, revoke one, export the trust list.",
        description = {
            "The keys live in the file signing.keyFile of the config (default signing-keys.json next to it), mode 0600, "
                + "private keys encrypted with a passphrase from QRGATE_SIGNING_PASSPHRASE or signing.passphraseFile.",
            "list, revoke and export-trust need no passphrase; rotate does. A running registry publishes the change to the "
                + "gateways (GET /api/v1/trust, /api/v1/revocations) without a restart."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:done", "2:a bad option or config", "1:the key file could not be read, opened or written"})
final class KeysCommand implements Runnable {

    private final Map<String, String> env;

    @Spec
    private CommandSpec spec;

    KeysCommand(Map<String, String> env) {
        this.env = env;
    }

    KeysCommand() {
        this(System.getenv());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "keys: name a command: list, rotate, revoke or export-trust");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            header = "Print each key's id, status (active, retired or revoked) and when it was made; never private material.")
    int list(@Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "The registry config.")
            Path config) {
        return withKeys("keys list", config, (keys, out, err) -> {
            KeyRing ring = keys.ring();
            if (ring.keys().isEmpty()) {
                err.println("keys list: no signing keys yet; make the first with: qrgate-registry keys rotate --config " + config);
            }
            for (SigningKey key : ring.keys()) {
                out.println(key.kid() + "\t" + key.status().word() + "\t" + key.created());
            }
            return 0;
        });
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            header = "Make a new active key; the active one is retired and kept so the codes it signed still verify.")
    int rotate(@Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "The registry config.")
            Path config) {
        return withKeys("keys rotate", config, (keys, out, err) -> {
            Optional<SigningKey> before = keys.ring().active();
            KeyRing ring = keys.rotate(Instant.now());
            SigningKey active = ring.active().orElseThrow();
            out.println(active.kid());
            err.println("keys rotate: " + active.kid() + " is the active key"
                    + before.map(b -> "; " + b.kid() + " is retired (kept for verification)").orElse("")
                    + ". Export the new trust list to the gates: qrgate-registry keys export-trust --config " + config);
            return 0;
        });
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            header = "Revoke a retired key (lost or leaked): gates refuse every code it signed with REVOKED. Re-issue "
                    + "the cards it signed. The active key cannot be revoked: rotate first.")
    int revoke(@Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "The registry config.")
            Path config, @CommandLine.Parameters(paramLabel = "KID", description = "The key id, as 'keys list' prints it.")
            String kid) {
        return withKeys("keys revoke", config, (keys, out, err) -> {
            keys.revoke(kid);
            out.println(kid);
            err.println("keys revoke: " + kid + " is revoked; the revocation list names it from now on.");
            return 0;
        });
    }

    @Command(name = "export-trust", mixinStandardHelpOptions = true,
            header = "Print the public JWK Set the gates need: the active key, revoked keys and retired keys whose codes "
                    + "may not have expired yet.")
    int exportTrust(@Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "The registry config.")
            Path config) {
        return withKeys("keys export-trust", config, (keys, out, err) -> {
            KeyRing ring = keys.ring();
            if (ring.keys().isEmpty()) {
                err.println("keys export-trust: no signing keys yet; make the first with: qrgate-registry keys rotate --config "
                        + config);
                return RegistryMain.EXIT_FAILURE;
            }
            out.println(Qg1Codes.trustList(ring.forGates(Instant.now(), Defaults.LONGEST_QG1_VALIDITY)));
            return 0;
        });
    }

    interface KeysAction {
        int run(SigningKeyStore keys, PrintWriter out, PrintWriter err);
    }

    private int withKeys(String command, Path configFile, KeysAction action) {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        try {
            Optional<RegistryConfig> config = StoreCommands.config(command, configFile, err);
            if (config.isEmpty()) {
                return RegistryMain.EXIT_USAGE;
            }
            return action.run(KeyFiles.store(config.get().signing(), env), out, err);
        } catch (KeyStoreException e) {
            err.println(command + ": " + e.getMessage());
            return RegistryMain.EXIT_FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
