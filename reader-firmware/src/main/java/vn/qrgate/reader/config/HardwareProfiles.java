package vn.qrgate.reader.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.qrgate.config.ConfigError;
import vn.qrgate.config.Reading;
import vn.qrgate.config.YamlTree;

/**
 * The reader and board profiles: {@code readers/*.yaml} and {@code boards/*.yaml} of a directory, or
 * the copies bundled in the jar under {@value #RESOURCE_ROOT}. A profile's id is its file name
 * without {@code .yaml}. Every file is read and checked up front; a broken file is kept as its list
 * of errors, so the config names exactly what is wrong with the profile it asked for.
 */
public final class HardwareProfiles {

    public static final String RESOURCE_ROOT = "qrgate/hardware-profiles";
    /** The largest profile file accepted; real ones are a few KB. */
    static final long MAX_FILE_BYTES = 256 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final String source;
    private final Map<String, ReaderProfile> readers = new TreeMap<>();
    private final Map<String, BoardProfile> boards = new TreeMap<>();
    /** "readers/x" or "boards/x" → that file's errors. */
    private final Map<String, List<ConfigError>> broken = new TreeMap<>();
    private final List<ConfigError> sourceErrors = new ArrayList<>();

    private HardwareProfiles(String source) {
        this.source = source;
    }

    /** The copies bundled in the jar (or in target/classes when run from the build). */
    public static HardwareProfiles bundled() {
        return Bundled.INSTANCE;
    }

    public static HardwareProfiles fromDirectory(Path dir) {
        HardwareProfiles profiles = new HardwareProfiles(dir.toString());
        profiles.load(dir);
        return profiles;
    }

    /** Where these came from, for messages: a directory, or "the profiles bundled in the jar". */
    public String source() {
        return source;
    }

    public Optional<ReaderProfile> reader(String id) {
        return Optional.ofNullable(readers.get(id));
    }

    public Optional<BoardProfile> board(String id) {
        return Optional.ofNullable(boards.get(id));
    }

    public Map<String, ReaderProfile> readers() {
        return Map.copyOf(readers);
    }

    public Map<String, BoardProfile> boards() {
        return Map.copyOf(boards);
    }

    /** Every problem: a missing directory, and each broken file's errors. Empty when all files are good. */
    public List<ConfigError> errors() {
        List<ConfigError> all = new ArrayList<>(sourceErrors);
        broken.values().forEach(all::addAll);
        return all;
    }

    /** Problems with the directory itself (not found), which make every lookup fail. */
    List<ConfigError> sourceErrors() {
        return List.copyOf(sourceErrors);
    }

    /** The errors of {@code readers/<id>.yaml}, empty if it is fine or absent. */
    List<ConfigError> readerErrors(String id) {
        return broken.getOrDefault("readers/" + id, List.of());
    }

    List<ConfigError> boardErrors(String id) {
        return broken.getOrDefault("boards/" + id, List.of());
    }

    /** Ids of every file present, good or broken, for "known: …" and "did you mean" hints. */
    List<String> readerIds() {
        return ids("readers/", readers.keySet());
    }

    List<String> boardIds() {
        return ids("boards/", boards.keySet());
    }

    private List<String> ids(String kind, java.util.Set<String> good) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        good.forEach(id -> all.put(id, true));
        broken.keySet().stream().filter(k -> k.startsWith(kind)).forEach(k -> all.put(k.substring(kind.length()), true));
        return List.copyOf(all.keySet());
    }

    private void load(Path dir) {
        if (!Files.isDirectory(dir)) {
            sourceErrors.add(new ConfigError("hardware.profiles", dir.toString(),
                    "directory not found; it should hold readers/ and boards/ (or remove the key to use the "
                            + "profiles bundled in the jar)"));
            return;
        }
        loadKind(dir, "readers");
        loadKind(dir, "boards");
    }

    private void loadKind(Path dir, String kind) {
        Path sub = dir.resolve(kind);
        if (!Files.isDirectory(sub)) {
            sourceErrors.add(new ConfigError("hardware.profiles", dir.toString(), "has no " + kind + "/ directory"));
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(sub)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            sourceErrors.add(new ConfigError("hardware.profiles", sub.toString(), "cannot be listed: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            loadFile(kind, file);
        }
    }

    private void loadFile(String kind, Path file) {
        String fileName = file.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - ".yaml".length());
        String fileKey = kind + "/" + fileName;
        Reading reading = new Reading(fileKey + "#", Optional.empty(),
                kind.equals("readers") ? Keys.READER_SCHEMA : Keys.BOARD_SCHEMA, ReaderValues::shown);
        if (!ID.matcher(id).matches()) {
            reading.errorShown("(file name)", fileName, "a profile's file name is its id: lower-case letters, digits "
                    + "and '-', ending in .yaml");
        } else {
            Optional<String> text = readText(file, reading);
            Optional<JsonNode> tree = text.flatMap(t -> YamlTree.read(t, "(file)", reading));
            if (tree.isPresent() && reading.errorCount() == 0) {
                if (kind.equals("readers")) {
                    ProfileReader.reader(id, tree.get(), reading).ifPresent(p -> readers.put(id, p));
                } else {
                    ProfileReader.board(id, tree.get(), reading).ifPresent(p -> boards.put(id, p));
                }
            }
        }
        if (reading.errorCount() > 0) {
            broken.put(kind + "/" + id, reading.errors());
        }
    }

    private static Optional<String> readText(Path file, Reading reading) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                reading.errorShown("(file)", Files.size(file) + " bytes", "too large for a profile (at most 256KB)");
                return Optional.empty();
            }
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            reading.errorShown("(file)", "(unreadable)", "cannot be read: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Loaded once: the jar does not change while the agent runs. */
    private static final class Bundled {
        static final HardwareProfiles INSTANCE = loadBundled();

        private static HardwareProfiles loadBundled() {
            HardwareProfiles profiles = new HardwareProfiles("the profiles bundled in the jar");
            URL marker = HardwareProfiles.class.getClassLoader().getResource(RESOURCE_ROOT + "/README.md");
            if (marker == null) {
                profiles.sourceErrors.add(new ConfigError("hardware.profiles", "(bundled)", "the jar has no bundled "
                        + "profiles (a build problem); set hardware.profiles to a directory of profiles"));
                return profiles;
            }
            try {
                URI uri = marker.toURI();
                if (uri.getScheme().equals("jar")) {
                    // The jar's own file system; opened here only if nothing else has opened it.
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        profiles.load(jar.getPath(RESOURCE_ROOT));
                    } catch (FileSystemAlreadyExistsException e) {
                        profiles.load(FileSystems.getFileSystem(uri).getPath(RESOURCE_ROOT));
                    }
                } else {
                    profiles.load(Path.of(uri).getParent());
                }
            } catch (URISyntaxException | IOException e) {
                throw new UncheckedIOException(new IOException("cannot read the bundled hardware profiles", e));
            }
            return profiles;
        }
    }
}
