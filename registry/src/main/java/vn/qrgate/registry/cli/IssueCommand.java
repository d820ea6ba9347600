package vn.qrgate.registry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.qrgate.registry.adapter.keys.KeyFiles;
import vn.qrgate.registry.adapter.keys.Qg1Codes;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.domain.keys.PersonRules;
import vn.qrgate.registry.domain.keys.Qg1Claims;
import vn.qrgate.registry.domain.keys.SigningKey;
import vn.qrgate.registry.port.SigningKeyStore;
import vn.qrgate.registry.port.SigningKeyStore.KeyStoreException;

/** {@code issue}: one QG1 code signed by the active key, printed as text. */
@Command(
        name = "issue",
        mixinStandardHelpOptions = true,
        header = "Sign a personal QG1 code for one person with the active key and print its text.",
        description = {
            "The document number, name and birth date are checked as the readers check them. Only the code is printed on "
                + "standard output, so a script can keep it: CODE=$(qrgate-registry issue ...).",
            "The passphrase comes from QRGATE_SIGNING_PASSPHRASE or the config's signing.passphraseFile; make the first "
                + "key with: qrgate-registry keys rotate --config FILE"},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the code was printed", "2:a bad option or config; nothing was signed",
            "1:no active key, or the key file could not be read or opened"})
final class IssueCommand implements Callable<Integer> {

    private final Map<String, String> env;

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "The registry config.")
    private Path configFile;

    @Option(names = "--doc", required = true, paramLabel = "NUMBER", description = "The person's document: " + PersonRules.DOC_RULE + ".")
    private String doc;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The person's name: " + PersonRules.NAME_RULE + ".")
    private String name;

    @Option(names = "--dob", required = true, paramLabel = "YYYY-MM-DD", description = "The birth date: " + PersonRules.DOB_RULE + ".")
    private String dob;

    @Option(names = "--valid-days", paramLabel = "N", description = "Days until the code expires, 1 to "
            + Defaults.MAX_QG1_VALID_DAYS + " (default " + Defaults.QG1_VALID_DAYS + ").")
    private Integer validDays;

    @Spec
    private CommandSpec spec;

    IssueCommand(Map<String, String> env) {
        this.env = env;
    }

    IssueCommand() {
        this(System.getenv());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            int days = validDays == null ? Defaults.QG1_VALID_DAYS : validDays;
            if (days < 1 || days > Defaults.MAX_QG1_VALID_DAYS) {
                StoreCommands.optionError("issue", "--valid-days", Integer.toString(days),
                        "a whole number from 1 to " + Defaults.MAX_QG1_VALID_DAYS);
            }
            if (!PersonRules.documentNumberValid(doc)) {
                // The number itself is not repeated: it is personal data.
                throw new StoreCommands.OptionException("issue: --doc is wrong; allowed: " + PersonRules.DOC_RULE);
            }
            if (!PersonRules.nameValid(name)) {
                throw new StoreCommands.OptionException("issue: --name is wrong; allowed: " + PersonRules.NAME_RULE);
            }
            LocalDate today = LocalDate.ofInstant(now, Defaults.LOCAL_ZONE);
            Optional<LocalDate> birth = PersonRules.birthDate(dob, today);
            if (birth.isEmpty()) {
                throw new StoreCommands.OptionException("issue: --dob is wrong; allowed: " + PersonRules.DOB_RULE);
            }
            Optional<RegistryConfig> config = StoreCommands.config("issue", configFile, err);
            if (config.isEmpty()) {
                return RegistryMain.EXIT_USAGE;
            }
            SigningKeyStore keys = KeyFiles.store(config.get().signing(), env);
            Optional<SigningKey> active = keys.ring().active();
            if (active.isEmpty()) {
                err.println("issue: there is no active signing key in " + config.get().signing().keyFile()
                        + "; make one with: qrgate-registry keys rotate --config " + configFile);
                return RegistryMain.EXIT_FAILURE;
            }
            Qg1Claims claims = new Qg1Claims(active.get().kid(), doc, name, birth.get(), now,
                    now.plus(Duration.ofDays(days)));
            out.println(Qg1Codes.sign(claims, keys));
            err.println("issue: signed with " + active.get().kid() + ", valid until " + claims.exp() + ".");
            return 0;
        } catch (StoreCommands.OptionException e) {
            err.println(e.getMessage());
            err.println("Nothing was signed.");
            return RegistryMain.EXIT_USAGE;
        } catch (KeyStoreException e) {
            err.println("issue: " + e.getMessage());
            err.println("Nothing was signed.");
            return RegistryMain.EXIT_FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
