package vn.qrgate.reader.config;

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
import java.util.function.Supplier;
import vn.qrgate.config.ConfigError;
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
        String shown = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return invalid(shown, "(directory)", "is a directory; name the config file, e.g. /etc/qrgate/reader.yaml");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return invalid(shown, Files.size(file) + " bytes", "too large for a config file (at most 256KB); is "
                        + "this the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return invalid(shown, "(not found)", "no such file; start from an example config, e.g. "
                    + "reader-firmware/examples/gate-kiosk.yaml");
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
     * Checks config text. {@code sourceName} names the file in file-level errors (syntax, empty);
     * relative paths are resolved against {@code baseDir}.
     */
    public ConfigLoad parse(String yaml, String sourceName, Path baseDir) {
        Reading reading = new Reading(env, Keys.CONFIG_SCHEMA, ReaderValues::shown);
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        try {
            Optional<JsonNode> tree = YamlTree.read(text, sourceName, reading);
            Optional<ReaderConfig> config = tree.isEmpty() ? Optional.empty()
                    : new ConfigReader(reading, files, baseDir, bundledProfiles).read(tree.get());
            if (config.isPresent() && reading.errorCount() == 0) {
                return new ConfigLoad.Valid(config.get());
            }
        } catch (RuntimeException e) {
            // A checker bug must not turn into a stack trace on the kiosk: report it like any error,
            // without the message (it could quote a value), and refuse to run.
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
