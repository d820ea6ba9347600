package vn.qrgate.registry.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Section;
import vn.qrgate.config.Values;
import vn.qrgate.registry.domain.Venue;

/**
 * The registry config's rules, applied to a YAML tree. Every section is read even after an error,
 * so one run lists every problem; a config is returned only when there were none.
 */
final class RegistryConfigReader {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]{1,253}");
    private static final Pattern VENUE_ID = Pattern.compile(Venue.ID_PATTERN);

    private final Reading reading;
    private final Path baseDir;

    RegistryConfigReader(Reading reading, Path baseDir) {
        this.reading = reading;
        this.baseDir = baseDir;
    }

    Optional<RegistryConfig> read(JsonNode tree) {
        if (!tree.isObject()) {
            reading.errorShown("(top level)", Section.describe(reading, tree), "expected settings as 'key: value' lines; "
                    + "start from registry/examples/registry.yaml");
            return Optional.empty();
        }
        Section top = Section.root(reading, tree, Keys.TOP);
        HttpSettings http = http(top);
        StoreConfig store = new StoreReader(reading, baseDir).read(top);
        Duration retention = top.orDefault("retention",
                RegistryValues.duration(Defaults.MIN_RETENTION, Defaults.MAX_RETENTION), Defaults.RETENTION);
        Integer maxBatch = top.orDefault("maxBatch", Values.integer(1, Defaults.MAX_MAX_BATCH), Defaults.MAX_BATCH);
        Duration dwell = tracingDwell(top);
        SigningSettings signing = signing(top);
        List<Venue> venues = venues(top);
        AccessReader access = new AccessReader(reading, venues.stream().map(Venue::id).toList());
        List<GatewayAccess> gateways = access.gateways(top);
        List<AccountAccess> accounts = access.accounts(top);
        if (reading.errorCount() > 0 || http == null || store == null || retention == null || maxBatch == null
                || dwell == null || signing == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RegistryConfig(http, store, retention, maxBatch, venues, gateways, accounts,
                    dwell, signing));
        } catch (IllegalArgumentException e) {
            // The records' own checks repeat the ones above; reaching this is a checker bug, so say so.
            reading.errorShown("(whole file)", "(combined)", "the settings do not fit together: " + e.getMessage());
            return Optional.empty();
        }
    }

    private HttpSettings http(Section top) {
        Optional<Section> section = top.child("http", Keys.HTTP);
        if (section.isEmpty()) {
            return HttpSettings.defaults();
        }
        String host = section.get().orDefault("host", RegistryValues.matching(HOST, "a host name or IP address to listen on, "
                + "e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every network interface)"), Defaults.HTTP_HOST);
        Integer port = section.get().orDefault("port", Values.integer(0, 65535), Defaults.HTTP_PORT);
        boolean urlGiven = section.get().given("publicUrl");
        java.net.URI publicUrl = section.get().orDefault("publicUrl", HttpSettings::parsePublicUrl, null);
        if (host == null || port == null || (urlGiven && publicUrl == null)) {
            return null;
        }
        return new HttpSettings(host, port, Optional.ofNullable(publicUrl));
    }

    private Duration tracingDwell(Section top) {
        Optional<Section> section = top.child("tracing", Keys.TRACING);
        if (section.isEmpty()) {
            return Defaults.TRACING_DWELL;
        }
        return section.get().orDefault("dwell",
                RegistryValues.duration(Defaults.MIN_TRACING_DWELL, Defaults.MAX_TRACING_DWELL), Defaults.TRACING_DWELL);
    }

    private SigningSettings signing(Section top) {
        Path defaultFile = baseDir.resolve(Defaults.SIGNING_KEY_FILE).normalize();
        Optional<Section> section = top.child("signing", Keys.SIGNING);
        if (section.isEmpty()) {
            return new SigningSettings(defaultFile, Optional.empty());
        }
        Path keyFile = section.get().orDefault("keyFile", RegistryValues.path(baseDir), defaultFile);
        boolean passphraseGiven = section.get().given("passphraseFile");
        Path passphraseFile = section.get().orDefault("passphraseFile", RegistryValues.path(baseDir), null);
        String issuerName = section.get().orDefault("issuerName", Values.text(100), Defaults.CARD_ISSUER_NAME);
        if (keyFile == null || (passphraseGiven && passphraseFile == null) || issuerName == null) {
            return null;
        }
        return new SigningSettings(keyFile, Optional.ofNullable(passphraseFile), issuerName);
    }

    private List<Venue> venues(Section top) {
        List<Venue> venues = new ArrayList<>();
        Optional<List<JsonNode>> items = top.list("venues", "venues: [{id: v-hanoi-0001, name: \"Chợ Đồng Xuân\"}]");
        // Venues registered in the console are known from the store; venues[] is for sites run from a
        // config alone (and for the ids readers already carry), so it may be absent or empty.
        if (items.isEmpty()) {
            return venues;
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.get().size(); i++) {
            Optional<Section> item = item(items.get().get(i), "venues[" + (i + 1) + "]", Keys.VENUE,
                    "- {id: v-hanoi-0001, name: \"Chợ Đồng Xuân\"}");
            if (item.isEmpty()) {
                continue;
            }
            String id = item.get().require("id", RegistryValues.matching(VENUE_ID, "1 to 64 letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit, exactly as the readers' config has it (device.venue)"), "v-hanoi-0001");
            String name = item.get().require("name", Values.text(Venue.MAX_NAME_LENGTH), "\"Chợ Đồng Xuân\"");
            if (id != null && seen.containsKey(id)) {
                item.get().error("id", "venue id already used by " + seen.get(id) + "; each venue once");
            } else if (id != null && name != null) {
                seen.put(id, item.get().path());
                venues.add(new Venue(id, name));
            }
        }
        return venues;
    }

    /** A list item that must be a section; an error (and empty) when it is a plain value or a list. */
    static Optional<Section> item(JsonNode node, String path, List<String> known, String example,
            Reading reading) {
        if (!node.isObject()) {
            reading.errorShown(path, Section.describe(reading, node), "expected a section with the keys "
                    + String.join(", ", known) + ", e.g. " + example);
            return Optional.empty();
        }
        return Optional.of(Section.at(reading, path, node, known));
    }

    private Optional<Section> item(JsonNode node, String path, List<String> known, String example) {
        return item(node, path, known, example, reading);
    }
}
