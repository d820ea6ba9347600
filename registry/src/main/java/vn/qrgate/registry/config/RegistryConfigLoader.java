package vn.qrgate.registry.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.qrgate.config.ConfigFile;
import vn.qrgate.config.Reading;
import vn.qrgate.config.YamlTree;

/**
 * Reads the registry's config file into a {@link ConfigLoad}: a config to run on, or every error in
 * the file, each with its key, value (secrets as ***) and rule. It never throws on what a file
 * contains and never falls back to a guessed value: absent keys get the documented {@link Defaults}
 * or are errors. {@code ${ENV:NAME}} in a value is replaced from the environment.
 */
public final class RegistryConfigLoader {

    // Registry messages predate the kit: the registry's own example file, and no placeholder hint.
    private static final YamlTree.Advice NO_PLACEHOLDER_HINT = new YamlTree.Advice(
            "the file has no settings; start from registry/examples/registry.yaml", false);

    /** Real configs are a few KB; anything this big is the wrong file. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final ConfigFile.Rules RULES = new ConfigFile.Rules(MAX_FILE_BYTES, "/etc/qrgate/registry.yaml",
            "start from registry/examples/registry.yaml", "folder");

    private final Map<String, String> env;

    public RegistryConfigLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** With this process's environment. */
    public static RegistryConfigLoader withSystemEnv() {
        return new RegistryConfigLoader(System.getenv());
    }

    /** Convenience for {@code withSystemEnv().load(file)}. */
    public static ConfigLoad loadFile(Path file) {
        return withSystemEnv().load(file);
    }

    /** Relative paths in the file are taken from the file's own folder. */
    public ConfigLoad load(Path file) {
        ConfigFile.Read read = ConfigFile.read(file, RULES);
        if (read instanceof ConfigFile.Refused refused) {
            return new ConfigLoad.Invalid(List.of(refused.error()));
        }
        ConfigFile.Text text = (ConfigFile.Text) read;
        return parse(text.text(), text.shown(), text.baseDir());
    }

    /** Checks config text; {@code sourceName} names it in file-level errors; relative paths resolve against {@code baseDir}. */
    public ConfigLoad parse(String yaml, String sourceName, Path baseDir) {
        Reading reading = new Reading(env, Keys.SCHEMA, RegistryValues::shown);
        Optional<RegistryConfig> config = ConfigFile.check(yaml, sourceName, reading, NO_PLACEHOLDER_HINT,
                tree -> new RegistryConfigReader(reading, baseDir).read(tree));
        return config.<ConfigLoad>map(ConfigLoad.Valid::new).orElseGet(() -> new ConfigLoad.Invalid(reading.errors()));
    }
}
