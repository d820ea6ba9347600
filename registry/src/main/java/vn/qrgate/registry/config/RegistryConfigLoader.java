package vn.qrgate.registry.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.qrgate.config.ConfigError;
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
        String shown = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return invalid(shown, "(folder)", "is a folder; name the config file, e.g. /etc/qrgate/registry.yaml");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return invalid(shown, Files.size(file) + " bytes", "too large for a config file (at most 1MB); "
                        + "is this the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return invalid(shown, "(not found)", "no such file; start from registry/examples/registry.yaml");
        } catch (IOException e) {
            return invalid(shown, "(unreadable)", "cannot be read: " + e.getClass().getSimpleName()
                    + "; check the file's owner and mode");
        }
        Optional<String> text = utf8(bytes);
        if (text.isEmpty()) {
            return invalid(shown, "(not UTF-8)", "the file is not UTF-8 text; save it as UTF-8");
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(text.get(), shown, dir == null ? Path.of("/") : dir);
    }

    /** Checks config text; {@code sourceName} names it in file-level errors; relative paths resolve against {@code baseDir}. */
    public ConfigLoad parse(String yaml, String sourceName, Path baseDir) {
        Reading reading = new Reading(env, Keys.SCHEMA, RegistryValues::shown);
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        try {
            Optional<JsonNode> tree = YamlTree.read(text, sourceName, reading, NO_PLACEHOLDER_HINT);
            Optional<RegistryConfig> config = tree.flatMap(t -> new RegistryConfigReader(reading, baseDir).read(t));
            if (config.isPresent() && reading.errorCount() == 0) {
                return new ConfigLoad.Valid(config.get());
            }
        } catch (RuntimeException e) {
            // A checker bug must not become a stack trace or a guess: report it, without the message
            // (it could quote a value), and refuse to run.
            reading.errorShown(sourceName, "(whole file)", "could not be checked (" + e.getClass().getSimpleName()
                    + " in the checker); please report this with the config, secrets removed");
        }
        if (reading.errorCount() == 0) {
            reading.errorShown(sourceName, "(whole file)", "could not be checked; please report this");
        }
        return new ConfigLoad.Invalid(reading.errors());
    }

    private static ConfigLoad invalid(String key, String value, String rule) {
        return new ConfigLoad.Invalid(List.of(new ConfigError(key, value, rule)));
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
