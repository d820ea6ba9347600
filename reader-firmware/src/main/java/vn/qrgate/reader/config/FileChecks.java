package vn.qrgate.reader.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file-system questions config validation asks. {@link #locate} maps a path as written in the
 * config to where it really is: itself on a kiosk, somewhere under a temp dir in tests, so the
 * example configs can name {@code /var/lib/qrgate/...} and still be checked on a build machine.
 * Problems are returned as words for the technician; the configured path is what they see.
 */
@FunctionalInterface
public interface FileChecks {

    Path locate(Path configured);

    static FileChecks real() {
        return path -> path;
    }

    /** Absolute config paths are looked up under {@code root} ({@code /etc/x} → {@code root/etc/x}). */
    static FileChecks rootedAt(Path root) {
        return path -> path.isAbsolute() ? root.resolve(path.getRoot().relativize(path).toString()) : path;
    }

    default Optional<String> readableFileProblem(Path configured) {
        Path p = locate(configured);
        if (!Files.exists(p)) {
            return Optional.of("file not found; check the path, or remove the key if you do not use it");
        }
        if (Files.isDirectory(p)) {
            return Optional.of("is a directory; name the file itself");
        }
        if (!Files.isReadable(p)) {
            return Optional.of("cannot be read by this user; check its owner and mode");
        }
        return Optional.empty();
    }

    default Optional<String> directoryProblem(Path configured) {
        Path p = locate(configured);
        if (!Files.isDirectory(p)) {
            return Optional.of("directory not found");
        }
        return Files.isReadable(p) ? Optional.empty() : Optional.of("directory cannot be read by this user");
    }

    /** The outbox's directory must exist and be writable (SQLite adds -wal and -shm files next to it). */
    default Optional<String> writableFileProblem(Path configured) {
        Path p = locate(configured);
        Path dir = p.toAbsolutePath().getParent();
        Path shownDir = configured.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.of("directory " + shownDir + " does not exist; create it, e.g. "
                    + "sudo install -d -m 0700 -o qrgate " + shownDir);
        }
        if (!Files.isWritable(dir)) {
            return Optional.of("directory " + shownDir + " is not writable by this user; check its owner and mode");
        }
        if (Files.isDirectory(p)) {
            return Optional.of("is a directory; name a file inside it, e.g. outbox.db");
        }
        if (Files.exists(p) && !Files.isWritable(p)) {
            return Optional.of("exists but is not writable by this user; check its owner and mode");
        }
        return Optional.empty();
    }
}
