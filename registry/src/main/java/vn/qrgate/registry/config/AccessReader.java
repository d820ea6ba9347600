package vn.qrgate.registry.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Section;
import vn.qrgate.config.Suggest;
import vn.qrgate.config.Values;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.TokenDigest;

/**
 * The {@code gateways} and {@code accounts} sections: who may deliver check-ins and who may read
 * them. Tokens are turned into digests here; the plaintext goes no further than this class.
 */
final class AccessReader {

    private static final Pattern GATEWAY_ID = Pattern.compile(GatewayAccess.ID_PATTERN);
    private static final Pattern ACCOUNT_ID = Pattern.compile(AccountAccess.ID_PATTERN);
    private static final String GATEWAY_EXAMPLE = "- {id: gw-1, token: \"${ENV:QRGATE_GW1_TOKEN}\"}";
    private static final String ACCOUNT_EXAMPLE = "- {id: staff-1, role: venue-staff, venues: [v-hanoi-0001], token: …}";

    private final Reading reading;
    private final List<String> venueIds;
    // Digest → where it was first given, so a reused token can be pointed out.
    private final Map<TokenDigest, String> tokens = new LinkedHashMap<>();

    AccessReader(Reading reading, List<String> venueIds) {
        this.reading = reading;
        this.venueIds = venueIds;
    }

    List<GatewayAccess> gateways(Section top) {
        List<GatewayAccess> gateways = new ArrayList<>();
        // None is allowed: gateways may be registered in the console instead (check-config warns).
        Optional<List<JsonNode>> items = top.list("gateways", GATEWAY_EXAMPLE);
        if (items.isEmpty() || items.get().isEmpty()) {
            return gateways;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < items.get().size(); i++) {
            Optional<Section> item = RegistryConfigReader.item(items.get().get(i), "gateways[" + (i + 1) + "]",
                    Keys.GATEWAY, GATEWAY_EXAMPLE, reading);
            if (item.isEmpty()) {
                continue;
            }
            String id = item.get().require("id", RegistryValues.matching(GATEWAY_ID, "1 to 64 lower-case letters, digits and "
                    + "'-', starting with a letter or digit (" + GATEWAY_ID + ")"), "gw-1");
            if (id != null && !ids.add(id)) {
                item.get().error("id", "gateway id given twice; each gateway once");
            }
            TokenDigest token = token(item.get());
            if (id != null && token != null) {
                gateways.add(new GatewayAccess(id, token));
            }
        }
        return gateways;
    }

    List<AccountAccess> accounts(Section top) {
        List<AccountAccess> accounts = new ArrayList<>();
        Optional<List<JsonNode>> items = top.list("accounts", ACCOUNT_EXAMPLE);
        if (items.isEmpty()) {
            return accounts;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < items.get().size(); i++) {
            Optional<Section> item = RegistryConfigReader.item(items.get().get(i), "accounts[" + (i + 1) + "]",
                    Keys.ACCOUNT, ACCOUNT_EXAMPLE, reading);
            if (item.isEmpty()) {
                continue;
            }
            Section account = item.get();
            String id = account.require("id", RegistryValues.matching(ACCOUNT_ID, "1 to 64 letters, digits, '.', '_', '@' and "
                    + "'-', starting with a letter or digit"), "staff-1");
            if (id != null && !ids.add(id)) {
                account.error("id", "account id given twice; each account once");
            }
            Role role = account.require("role", Values.oneOf(Role.configurable(), Role::configName), "venue-staff");
            Set<String> venues = venues(account, role);
            Optional<String> area = area(account, role);
            TokenDigest token = token(account);
            if (id != null && role != null && venues != null && area != null && token != null) {
                accounts.add(new AccountAccess(id, role, venues, area, token));
            }
        }
        return accounts;
    }

    /** An official's area code; null after an error. Whether the area exists is the store's to say. */
    private Optional<String> area(Section account, Role role) {
        if (role == null) {
            return Optional.empty();
        }
        if (!role.takesArea()) {
            if (account.raw("area") != null) {
                reading.errorShown(account.key("area"), Section.describe(reading, account.raw("area")),
                        "only ward-official, district-official and province-official accounts take an area; remove it");
                return null;
            }
            return Optional.empty();
        }
        String area = account.require("area", RegistryValues.matching(Pattern.compile(AccountAccess.AREA_PATTERN),
                "the area's code in the official list, digits with their leading zeros, e.g. '48' or '20194'"), "'48'");
        return area == null ? null : Optional.of(area);
    }

    private Set<String> venues(Section account, Role role) {
        if (role != null && !role.takesVenues()) {
            if (account.raw("venues") != null) {
                reading.errorShown(account.key("venues"), Section.describe(reading, account.raw("venues")),
                        role == Role.ADMIN ? "an admin sees every venue; remove venues, or use role: venue-staff"
                                : role == Role.HEALTH_TRACER
                                ? "a health tracer traces every venue and lists none; remove venues, or use role: venue-staff"
                                : role == Role.CARD_ISSUER
                                ? "a card issuer issues QR cards and sees no venue; remove venues, or use role: venue-staff"
                                : "an official sees the venues of their area; remove venues, or use role: venue-staff");
                return null;
            }
            return Set.of();
        }
        Optional<List<JsonNode>> items = account.list("venues", "venues: [v-hanoi-0001]");
        String rule = role + " needs the venues they may see, e.g. venues: [v-hanoi-0001]";
        if (items.isEmpty()) {
            if (!account.given("venues") && role != null) {
                reading.error(account.key("venues"), null, rule);
            }
            return null;
        }
        if (items.get().isEmpty()) {
            reading.errorShown(account.key("venues"), "(empty list)", rule);
            return null;
        }
        Set<String> venues = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            JsonNode node = items.get().get(i);
            String key = account.key("venues") + "[" + (i + 1) + "]";
            if (!node.isTextual() || !venueIds.contains(node.asText())) {
                String written = node.isTextual() ? node.asText() : Section.describe(reading, node);
                reading.error(key, written, "not one of the venues in this file ("
                        + String.join(", ", venueIds.stream().limit(10).toList())
                        + (venueIds.size() > 10 ? ", …" : "") + ")"
                        + (node.isTextual() ? Suggest.didYouMean(node.asText(), venueIds) : ""));
                ok = false;
            } else {
                venues.add(node.asText());
            }
        }
        return ok ? venues : null;
    }

    /** {@code token:} or {@code tokenSha256:}, exactly one; both are secrets and never shown. */
    private TokenDigest token(Section item) {
        reading.markSecret(item.key("token"));
        reading.markSecret(item.key("tokenSha256"));
        boolean plain = item.raw("token") != null;
        boolean hashed = item.raw("tokenSha256") != null;
        if (plain && hashed) {
            item.error("tokenSha256", "give token or tokenSha256, not both");
            return null;
        }
        if (!plain && !hashed) {
            reading.error(item.key("token"), null, "required: token: <" + TokenDigest.tokenRule() + ">, or "
                    + "tokenSha256: <64 hex digits> (printf %s TOKEN | sha256sum)");
            return null;
        }
        TokenDigest digest = plain
                ? item.require("token", TokenDigest::ofToken, "\"${ENV:QRGATE_GW1_TOKEN}\"")
                : item.require("tokenSha256", TokenDigest::ofHex, "9f86d081884c7d65…(64 hex digits)");
        if (digest == null) {
            return null;
        }
        String key = item.key(plain ? "token" : "tokenSha256");
        String first = tokens.putIfAbsent(digest, key);
        if (first != null) {
            reading.error(key, "***", "the same token as " + first + "; every gateway and account needs its own");
            return null;
        }
        return digest;
    }
}
