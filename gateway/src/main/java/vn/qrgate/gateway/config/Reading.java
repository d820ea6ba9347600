package vn.qrgate.gateway.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of reading one file: the errors so far, the environment for {@code ${ENV:NAME}}, and
 * which keys hold secrets. Every error goes through here so a secret can never reach an error line.
 */
final class Reading {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{ENV:([A-Za-z_][A-Za-z0-9_]*)}");

    private final String keyPrefix;
    private final Optional<Map<String, String>> env;
    private final Map<String, List<String>> schema;
    private final List<ConfigError> errors = new ArrayList<>();
    private final Set<String> secretKeys = new LinkedHashSet<>();

    /**
     * @param keyPrefix put before every key ({@code "boards/x.yaml#"} for a profile, empty for the config)
     * @param env       the environment for placeholders; empty where placeholders are not allowed (profiles)
     * @param schema    section path → its keys, to point out a key written in the wrong section
     */
    Reading(String keyPrefix, Optional<Map<String, String>> env, Map<String, List<String>> schema) {
        this.keyPrefix = keyPrefix;
        this.env = env;
        this.schema = schema;
    }

    void markSecret(String key) {
        secretKeys.add(key);
    }

    /** Records an error; {@code raw} is the value as written, shown masked when the key holds a secret. */
    void error(String key, String raw, String rule) {
        String shown = raw == null ? ConfigError.MISSING : secretKeys.contains(key) ? Secret.SHOWN : Values.shown(raw);
        add(new ConfigError(keyPrefix + key, shown, rule));
    }

    /** For errors whose "value" is a description rather than something written, e.g. {@code (section)}. */
    void errorShown(String key, String shown, String rule) {
        add(new ConfigError(keyPrefix + key, shown, rule));
    }

    void add(ConfigError error) {
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    List<ConfigError> errors() {
        return List.copyOf(errors);
    }

    int errorCount() {
        return errors.size();
    }

    Map<String, List<String>> schema() {
        return schema;
    }

    /**
     * Replaces each {@code ${ENV:NAME}}; a value that used one becomes a secret (it is shown as ***
     * from then on). Empty if a variable is missing or a placeholder is malformed; the error is recorded.
     */
    Optional<String> resolve(String key, String raw) {
        if (!raw.contains("${")) {
            return Optional.of(raw);
        }
        if (env.isEmpty()) {
            error(key, raw, "${ENV:...} placeholders are only allowed in the gateway's config file");
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(raw);
        int last = 0;
        boolean ok = true;
        while (m.find()) {
            out.append(raw, last, m.start());
            String value = env.get().get(m.group(1));
            if (value == null) {
                errorShown(key, m.group(), "environment variable " + m.group(1) + " is not set; set it for the "
                        + "service (e.g. in the unit's EnvironmentFile) or write the value here");
                ok = false;
            } else {
                out.append(value);
            }
            last = m.end();
        }
        out.append(raw, last, raw.length());
        if (PLACEHOLDER.matcher(raw).replaceAll("").contains("${")) {
            errorShown(key, Secret.SHOWN, "a placeholder is malformed; write ${ENV:NAME} with NAME made of "
                    + "letters, digits and _");
            ok = false;
        }
        markSecret(key);
        return ok ? Optional.of(out.toString()) : Optional.empty();
    }
}
