package vn.qrgate.registry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.TokenDigest;
import vn.qrgate.registry.domain.people.ScriptGrant;
import vn.qrgate.registry.domain.people.SecretTokens;
import vn.qrgate.registry.domain.venue.VenueCode;

/** A bearer token for a script, stored (as its digest) in the registry's store. */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        header = "Make a bearer token for a script: prints the token, stores only its SHA-256 digest.",
        description = {
            "The token acts as an account of ROLE: officials need --area (an imported area's code), venue-staff "
                + "and venue-owner need one or more --venue (a config venue id or a registered venue's code), the "
                + "other roles take neither.",
            "Only the token is printed on standard output, so a script can keep it: TOKEN=$(qrgate-registry token ...). "
                + "It is shown once; it cannot be read back from the store. A running registry accepts it at once.",
            "Use it as: curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:8080/api/v1/venues"},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the token was stored and printed", "2:a bad option or config; nothing was stored",
            "1:the store could not be opened or written"})
final class TokenCommand implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "The registry config naming the store.")
    private Path configFile;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "One of admin, health-tracer, ward-official, district-official, province-official, venue-owner, venue-staff.")
    private String role;

    @Option(names = "--area", paramLabel = "CODE", description = "The official's area code, e.g. 492.")
    private String area;

    @Option(names = "--venue", paramLabel = "ID", description = "A venue of a venue-staff or venue-owner token; repeat for more.")
    private List<String> venues = List.of();

    @Option(names = "--valid-days", paramLabel = "N", description = "Days until the token expires, 1 to "
            + Defaults.MAX_SCRIPT_TOKEN_VALID_DAYS + " (default " + Defaults.SCRIPT_TOKEN_VALID_DAYS + ").")
    private Integer validDays;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<RegistryConfig> config = StoreCommands.config("token", configFile, err);
            if (config.isEmpty()) {
                return RegistryMain.EXIT_USAGE;
            }
            int days = validDays == null ? Defaults.SCRIPT_TOKEN_VALID_DAYS : validDays;
            if (days < 1 || days > Defaults.MAX_SCRIPT_TOKEN_VALID_DAYS) {
                StoreCommands.optionError("token", "--valid-days", Integer.toString(days),
                        "a whole number from 1 to " + Defaults.MAX_SCRIPT_TOKEN_VALID_DAYS);
            }
            Role parsed = Role.fromConfigName(role).filter(Role.configurable()::contains).orElse(null);
            if (parsed == null) {
                StoreCommands.optionError("token", "--role", role, "one of " + Role.allowed());
            }
            return store(config.get(), parsed, days, out, err);
        } catch (StoreCommands.OptionException e) {
            err.println(e.getMessage());
            err.println("Nothing was stored.");
            return RegistryMain.EXIT_USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int store(RegistryConfig config, Role parsed, int days, PrintWriter out, PrintWriter err) {
        try (JdbcStores stores = JdbcStores.open(config.store(), Clock.systemUTC())) {
            ScriptGrant grant = new ScriptGrant(parsed, area(stores, parsed), venues(config, stores, parsed));
            String token = SecretTokens.newToken(new SecureRandom());
            Instant expires = Instant.now().plus(Duration.ofDays(days));
            long id = stores.accounts().createScriptToken(TokenDigest.ofToken(token), grant, expires);
            out.println(token);
            err.println("Stored token-" + id + " (" + parsed.configName() + grant.area().map(a -> ", area " + a).orElse("")
                    + (grant.venues().isEmpty() ? "" : ", venues " + String.join(" ", grant.venues().stream().sorted().toList()))
                    + ") in " + stores.describe() + ", valid until " + expires + ".");
            return 0;
        } catch (StoreCommands.OptionException e) {
            throw e;
        } catch (RuntimeException e) {
            err.println("token: " + e.getMessage());
            err.println("Nothing was stored.");
            return RegistryMain.EXIT_FAILURE;
        }
    }

    private Optional<String> area(JdbcStores stores, Role parsed) {
        if (!parsed.takesArea()) {
            if (area != null) {
                StoreCommands.optionError("token", "--area", area, "nothing: only ward-official, district-official and "
                        + "province-official tokens take an area");
            }
            return Optional.empty();
        }
        if (area == null || stores.areas().byCode(area).isEmpty()) {
            StoreCommands.optionError("token", "--area", area, "the code of an imported area (import-areas first), e.g. 492");
        }
        return Optional.of(area);
    }

    private Set<String> venues(RegistryConfig config, JdbcStores stores, Role parsed) {
        if (!parsed.takesVenues()) {
            if (!venues.isEmpty()) {
                StoreCommands.optionError("token", "--venue", venues.get(0), "nothing: only venue-staff and venue-owner "
                        + "tokens take venues");
            }
            return Set.of();
        }
        if (venues.isEmpty()) {
            StoreCommands.optionError("token", "--venue", null, "one or more venues, e.g. --venue V48-000001");
        }
        Set<String> known = new LinkedHashSet<>();
        for (String venue : venues) {
            boolean inConfig = config.venue(venue).isPresent();
            boolean registered = venue.matches(VenueCode.PATTERN) && stores.venues().byCode(VenueCode.of(venue)).isPresent();
            if (!inConfig && !registered) {
                StoreCommands.optionError("token", "--venue", venue, "a venue id of the config or the code of a "
                        + "registered venue, e.g. V48-000001");
            }
            known.add(venue);
        }
        return known;
    }
}
