package vn.qrgate.gateway.config;

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

    private final Map<String, String> env;

    public GatewayConfigLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** With this process's environment. */
    public static ConfigLoad load(Path file) {
        return new GatewayConfigLoader(System.getenv()).read(file);
    }

    public ConfigLoad read(Path file) {
        String shown = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return invalid(shown, "(directory)", "is a directory; name the config file, e.g. /etc/qrgate/gateway.yaml");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return invalid(shown, Files.size(file) + " bytes", "too large for a config file (at most 256KB); is "
                        + "this the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return invalid(shown, "(not found)", "no such file; start from gateway/examples/gateway.yaml");
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

    /**
     * Checks config text. {@code sourceName} names the file in file-level errors (syntax, empty); relative
     * paths are resolved against {@code baseDir}.
     */
    public ConfigLoad parse(String yaml, String sourceName, Path baseDir) {
        Reading reading = new Reading(env, Keys.CONFIG_SCHEMA, GatewayValues::shown);
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        try {
            Optional<JsonNode> tree = YamlTree.read(text, sourceName, reading);
            Optional<GatewayConfig> config = tree.isEmpty() ? Optional.empty()
                    : new ConfigReader(reading, baseDir).read(tree.get());
            if (config.isPresent() && reading.errorCount() == 0) {
                return new ConfigLoad.Valid(config.get());
            }
        } catch (RuntimeException e) {
            // A checker bug must not become a stack trace that could quote a value: report it, refuse to run.
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
