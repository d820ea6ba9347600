package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.qrgate.config.ConfigFile;
import vn.qrgate.config.Reading;
import vn.qrgate.config.YamlTree;

/**
 * Reads the reader's config file ({@code /etc/qrgate/reader.yaml}) into a {@link ConfigLoad}: a
 * config to run on, or every error in the file, each with its key, value and rule. It never throws
 * on what a file contains, and it never falls back to a guessed value: absent keys get the
 * documented {@link Defaults} or are errors.
 *
 * <p>{@code ${ENV:NAME}} anywhere in a value is replaced from {@code env}; such values are secrets
 * from then on. File-system checks (deny/trust files readable, outbox directory writable, profiles
 * directory present) go through {@link FileChecks}.
 */
public final class ConfigLoader {

    /** Real configs are a few KB; anything this big is the wrong file. */
    public static final long MAX_FILE_BYTES = 256 * 1024;
    private static final ConfigFile.Rules RULES = new ConfigFile.Rules(MAX_FILE_BYTES, "/etc/qrgate/reader.yaml",
            "start from an example config, e.g. reader-firmware/examples/gate-kiosk.yaml", "directory");

    private final Map<String, String> env;
    private final FileChecks files;
    private final Supplier<HardwareProfiles> bundledProfiles;

    public ConfigLoader(Map<String, String> env, FileChecks files) {
        this(env, files, HardwareProfiles::bundled);
    }

    /** {@code bundledProfiles}: the profiles used when the config names no {@code hardware.profiles} directory. */
    public ConfigLoader(Map<String, String> env, FileChecks files, Supplier<HardwareProfiles> bundledProfiles) {
        this.env = Map.copyOf(env);
        this.files = files;
        this.bundledProfiles = bundledProfiles;
    }

    /** This machine's environment and file system, the profiles bundled in the jar. */
    public static ConfigLoader forThisMachine() {
        return new ConfigLoader(System.getenv(), FileChecks.real());
    }

    /** Relative paths in the file are taken from the file's own directory. */
    public ConfigLoad load(Path file) {
        ConfigFile.Read read = ConfigFile.read(file, RULES);
        if (read instanceof ConfigFile.Refused refused) {
            return new ConfigLoad.Invalid(List.of(refused.error()));
        }
        ConfigFile.Text text = (ConfigFile.Text) read;
        return parse(text.text(), text.shown(), text.baseDir());
    }

    /**
     * Checks config text. {@code sourceName} names the file in file-level errors (syntax, empty);
     * relative paths are resolved against {@code baseDir}.
     */
    public ConfigLoad parse(String yaml, String sourceName, Path baseDir) {
        Reading reading = new Reading(env, Keys.CONFIG_SCHEMA, ReaderValues::shown);
        Optional<ReaderConfig> config = ConfigFile.check(yaml, sourceName, reading, YamlTree.Advice.DEFAULT,
                tree -> new ConfigReader(reading, files, baseDir, bundledProfiles).read(tree));
        return config.<ConfigLoad>map(ConfigLoad.Valid::new).orElseGet(() -> new ConfigLoad.Invalid(reading.errors()));
    }
}
