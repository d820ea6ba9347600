package vn.qrgate.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The steps every service takes with its config file before reading its own keys: the file must exist,
 * be a file of a sane size and be UTF-8; then the YAML is checked and handed to the service's reader,
 * and a bug in that reader becomes one more error rather than a stack trace that could quote a value.
 */
public final class ConfigFile {

    /**
     * What the messages say for this service: the largest file accepted, a typical path
     * ({@code /etc/qrgate/gateway.yaml}), where to start from, and the word for a directory.
     */
    public record Rules(long maxBytes, String typicalPath, String startFrom, String directoryWord) {
        public Rules {
            Objects.requireNonNull(typicalPath, "typicalPath");
            Objects.requireNonNull(startFrom, "startFrom");
            Objects.requireNonNull(directoryWord, "directoryWord");
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
        }
    }

    /** The file's text, or why it cannot be read as a config file. */
    public sealed interface Read permits Text, Refused {
    }

    /** {@code shown} names the file in errors; relative paths in it resolve against {@code baseDir}. */
    public record Text(String text, String shown, Path baseDir) implements Read {
    }

    public record Refused(ConfigError error) implements Read {
    }

    private ConfigFile() {
    }

    public static Read read(Path file, Rules rules) {
        String shown = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return refused(shown, "(" + rules.directoryWord() + ")", "is a " + rules.directoryWord()
                        + "; name the config file, e.g. " + rules.typicalPath());
            }
            if (Files.size(file) > rules.maxBytes()) {
                return refused(shown, Files.size(file) + " bytes", "too large for a config file (at most "
                        + size(rules.maxBytes()) + "); is this the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return refused(shown, "(not found)", "no such file; " + rules.startFrom());
        } catch (IOException e) {
            return refused(shown, "(unreadable)", "cannot be read: " + e.getClass().getSimpleName()
                    + "; check the file's owner and mode");
        }
        Optional<String> text = utf8(bytes);
        if (text.isEmpty()) {
            return refused(shown, "(not UTF-8)", "the file is not UTF-8 text; save it as UTF-8");
        }
        Path dir = file.toAbsolutePath().getParent();
        return new Text(text.get(), shown, dir == null ? Path.of("/") : dir);
    }

    /**
     * Parses {@code yaml} (a leading byte-order mark is ignored) and hands the tree to {@code reader}.
     * Present only when nothing at all was wrong; every problem is in {@code reading}.
     */
    public static <T> Optional<T> check(String yaml, String sourceName, Reading reading, YamlTree.Advice advice,
                                        Function<JsonNode, Optional<T>> reader) {
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        try {
            Optional<T> config = YamlTree.read(text, sourceName, reading, advice).flatMap(reader);
            if (config.isPresent() && reading.errorCount() == 0) {
                return config;
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
        return Optional.empty();
    }

    private static Refused refused(String key, String value, String rule) {
        return new Refused(new ConfigError(key, value, rule));
    }

    private static String size(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + "MB" : bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + " bytes";
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
