package vn.qrgate.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of reading one file: the errors so far, the environment for {@code ${ENV:NAME}}, and
 * which keys hold secrets. Every error goes through here so a secret can never reach an error line.
 */
public final class Reading {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{ENV:([A-Za-z_][A-Za-z0-9_]*)}");

    private final String keyPrefix;
    private final Optional<Map<String, String>> env;
    private final Map<String, List<String>> schema;
    private final UnaryOperator<String> shown;
    private final List<ConfigError> errors = new ArrayList<>();
    private final Set<String> secretKeys = new LinkedHashSet<>();

    /**
     * @param keyPrefix put before every key ({@code "boards/x.yaml#"} for a profile, empty for the config)
     * @param env       the environment for placeholders; empty where placeholders are not allowed (profiles)
     * @param schema    section path → its keys, to point out a key written in the wrong section
     * @param shown     how a written value appears in an error line; each service masks the secrets its
     *                  addresses can carry, so this is the service's rule, not the kit's
     */
    public Reading(String keyPrefix, Optional<Map<String, String>> env, Map<String, List<String>> schema,
            UnaryOperator<String> shown) {
        this.keyPrefix = keyPrefix;
        this.env = env;
        this.schema = schema;
        this.shown = shown;
    }

    /** A service's config file: no key prefix, placeholders resolved from {@code env}. */
    public Reading(Map<String, String> env, Map<String, List<String>> schema, UnaryOperator<String> shown) {
        this("", Optional.of(env), schema, shown);
    }

    public void markSecret(String key) {
        secretKeys.add(key);
    }

    /** Records an error; {@code raw} is the value as written, shown masked when the key holds a secret. */
    public void error(String key, String raw, String rule) {
        String shown = raw == null ? ConfigError.MISSING : secretKeys.contains(key) ? Secret.SHOWN : shown(raw);
        add(new ConfigError(keyPrefix + key, shown, rule));
    }

    /** For errors whose "value" is a description rather than something written, e.g. {@code (section)}. */
    public void errorShown(String key, String shown, String rule) {
        add(new ConfigError(keyPrefix + key, shown, rule));
    }

    public void add(ConfigError error) {
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    /** A written value as an error line may show it: bounded, one line, secrets in addresses masked. */
    public String shown(String raw) {
        return shown.apply(raw);
    }

    public List<ConfigError> errors() {
        return List.copyOf(errors);
    }

    public int errorCount() {
        return errors.size();
    }

    public Map<String, List<String>> schema() {
        return schema;
    }

    /**
     * Replaces each {@code ${ENV:NAME}}; a value that used one becomes a secret (it is shown as ***
     * from then on). Empty if a variable is missing or a placeholder is malformed; the error is recorded.
     */
    public Optional<String> resolve(String key, String raw) {
        if (!raw.contains("${")) {
            return Optional.of(raw);
        }
        if (env.isEmpty()) {
            error(key, raw, "${ENV:...} placeholders are only allowed in the config file itself");
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
