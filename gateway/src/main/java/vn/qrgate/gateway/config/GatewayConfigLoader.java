package vn.qrgate.gateway.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.qrgate.config.ConfigFile;
import vn.qrgate.config.Reading;
import vn.qrgate.config.YamlTree;

/**
 * Reads the gateway's config file ({@code /etc/qrgate/gateway.yaml}) into a {@link ConfigLoad}: a config
 * to run on, or every error in the file, each with its key, value (secrets as {@code ***}) and rule. It
 * never throws on what a file contains and never guesses: absent keys get the documented {@link Defaults}
 * or are errors. Unknown keys are errors, with "did you mean" when a known key is close.
 *
 * <p>{@code ${ENV:NAME}} anywhere in a value is replaced from the environment; such values are secrets
 * from then on. Relative paths are taken from the config file's own directory.
 */
public final class GatewayConfigLoader {

    /** Real configs are a few KB; anything this big is the wrong file. */
    public static final long MAX_FILE_BYTES = 256 * 1024;
    private static final ConfigFile.Rules RULES = new ConfigFile.Rules(MAX_FILE_BYTES, "/etc/qrgate/gateway.yaml",
            "start from gateway/examples/gateway.yaml", "directory");

    private final Map<String, String> env;

    public GatewayConfigLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** With this process's environment. */
    public static ConfigLoad load(Path file) {
        return new GatewayConfigLoader(System.getenv()).read(file);
    }

    public ConfigLoad read(Path file) {
        ConfigFile.Read read = ConfigFile.read(file, RULES);
        if (read instanceof ConfigFile.Refused refused) {
            return new ConfigLoad.Invalid(List.of(refused.error()));
        }
        ConfigFile.Text text = (ConfigFile.Text) read;
        return parse(text.text(), text.shown(), text.baseDir());
    }

    /**
     * Checks config text. {@code sourceName} names the file in file-level errors (syntax, empty); relative
     * paths are resolved against {@code baseDir}.
     */
    public ConfigLoad parse(String yaml, String sourceName, Path baseDir) {
        Reading reading = new Reading(env, Keys.CONFIG_SCHEMA, GatewayValues::shown);
        Optional<GatewayConfig> config = ConfigFile.check(yaml, sourceName, reading, YamlTree.Advice.DEFAULT,
                tree -> new ConfigReader(reading, baseDir).read(tree));
        return config.<ConfigLoad>map(ConfigLoad.Valid::new).orElseGet(() -> new ConfigLoad.Invalid(reading.errors()));
    }
}
