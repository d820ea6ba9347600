package vn.qrgate.registry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.people.InvalidPhoneException;
import vn.qrgate.registry.domain.people.Person;
import vn.qrgate.registry.domain.people.PhoneNumber;

/** Gives a phone an admin's, tracer's, official's or card issuer's account: how the first admin gets in. */
@Command(
        name = "add-account",
        mixinStandardHelpOptions = true,
        header = "Give a phone number an account (admin, health tracer, official or card issuer) that logs in by SMS code.",
        description = {
            "The person then logs in to the console with this phone: the registry sends a one-time code to it "
                + "(the bundled SMS sender writes it to the registry's log). Run it again to change the role.",
            "Officials need --area, the code of an imported area. A card issuer (a school's or employer's administrator "
                + "who issues personal QR cards) needs --organisation, printed on its cards. Venue owners and staff are not "
                + "made here: an owner comes with the venue they register, staff are added by the owner.",
            "Example, the first admin: qrgate-registry add-account --config /etc/qrgate/registry.yaml "
                + "--phone 0905123456 --role admin"},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the account was stored", "2:a bad option or config; nothing was stored",
            "1:the store could not be opened or written"})
final class AddAccountCommand implements Callable<Integer> {

    private static final String ROLES = "admin, health-tracer, ward-official, district-official, province-official, "
            + "card-issuer";

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "The registry config naming the store.")
    private Path configFile;

    @Option(names = "--phone", required = true, paramLabel = "PHONE", description = "A Vietnamese mobile number, e.g. 0905123456 or +84905123456.")
    private String phone;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "One of " + ROLES + ".")
    private String role;

    @Option(names = "--area", paramLabel = "CODE", description = "The official's area code, e.g. 492.")
    private String area;

    @Option(names = "--organisation", paramLabel = "NAME",
            description = "A card issuer's organisation, printed as issuer on its cards, e.g. \"Trường THPT Phan Châu Trinh\".")
    private String organisation;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PhoneNumber number;
            try {
                number = PhoneNumber.parse(phone);
            } catch (InvalidPhoneException e) {
                // The message names the problem, not the number.
                throw new StoreCommands.OptionException("add-account: --" + e.getMessage());
            }
            Role parsed = Role.fromConfigName(role).filter(r -> !r.takesVenues() && Role.configurable().contains(r)).orElse(null);
            if (parsed == null) {
                StoreCommands.optionError("add-account", "--role", role, ROLES);
            }
            Optional<RegistryConfig> config = StoreCommands.config("add-account", configFile, err);
            if (config.isEmpty()) {
                return RegistryMain.EXIT_USAGE;
            }
            return store(config.get(), number, parsed, out, err);
        } catch (StoreCommands.OptionException e) {
            err.println(e.getMessage());
            err.println("Nothing was stored.");
            return RegistryMain.EXIT_USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int store(RegistryConfig config, PhoneNumber number, Role parsed, PrintWriter out, PrintWriter err) {
        try (JdbcStores stores = JdbcStores.open(config.store(), Clock.systemUTC())) {
            if (parsed.takesArea() && (area == null || stores.areas().byCode(area).isEmpty())) {
                StoreCommands.optionError("add-account", "--area", area, "the code of an imported area (import-areas first), e.g. 492");
            }
            if (!parsed.takesArea() && area != null) {
                StoreCommands.optionError("add-account", "--area", area, "nothing: only officials have an area");
            }
            boolean issuer = parsed == Role.CARD_ISSUER;
            if (issuer && (organisation == null || organisation.isBlank() || organisation.strip().length() > 100
                    || organisation.chars().anyMatch(Character::isISOControl))) {
                StoreCommands.optionError("add-account", "--organisation", organisation,
                        "the organisation's name, 1 to 100 characters, e.g. \"Trường THPT Phan Châu Trinh\"");
            }
            if (!issuer && organisation != null) {
                StoreCommands.optionError("add-account", "--organisation", organisation, "nothing: only card issuers have one");
            }
            Person person = stores.accounts().putRole(number, parsed, Optional.ofNullable(area));
            if (issuer) {
                stores.cards().putOrganisation(person.id(), organisation.strip());
            }
            out.println("Stored " + person.accountId() + ": phone " + number.masked() + " is " + parsed.configName()
                    + person.area().map(a -> " of area " + a).orElse("")
                    + (issuer ? " for " + organisation.strip() : "") + " in " + stores.describe() + ".");
            out.println("They log in to the console with this phone; the code arrives by SMS.");
            return 0;
        } catch (StoreCommands.OptionException e) {
            throw e;
        } catch (RuntimeException e) {
            err.println("add-account: " + e.getMessage());
            err.println("Nothing was stored.");
            return RegistryMain.EXIT_FAILURE;
        }
    }
}
