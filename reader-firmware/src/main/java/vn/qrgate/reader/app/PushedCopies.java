package vn.qrgate.reader.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The last settings, deny list and trust list the gateway pushed, kept beside the outbox so a reader that
 * restarts offline still applies them. Each copy is replaced atomically: written to a temporary file,
 * synced, renamed over the old one, and the folder synced, so a power cut leaves the old copy or the new
 * one, never half of either. A copy's modification time is when it was obtained.
 */
final class PushedCopies {

    /** A stored copy: the payload as it arrived and when it was obtained. */
    record Copy(byte[] bytes, Instant obtainedAt) {
        Copy {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(obtainedAt, "obtainedAt");
        }
    }

    private final Path folder;

    PushedCopies(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    Path path(String name) {
        return folder.resolve(name);
    }

    /** The stored copy, or empty if there is none. Throws IOException if it exists but cannot be read. */
    Optional<Copy> load(String name) throws IOException {
        Path file = path(name);
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(new Copy(bytes, Files.getLastModifiedTime(file).toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Replaces the copy atomically and durably, stamped with {@code obtainedAt}. */
    void save(String name, byte[] bytes, Instant obtainedAt) throws IOException {
        Path file = path(name);
        Path temp = folder.resolve("." + name + ".tmp");
        Files.deleteIfExists(temp);
        try (FileChannel out = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                ownerOnly())) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.setLastModifiedTime(temp, FileTime.from(obtainedAt));
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncFolder();
    }

    /** The same payload arrived again: only its obtained time moves on. */
    void touch(String name, Instant obtainedAt) throws IOException {
        Files.setLastModifiedTime(path(name), FileTime.from(obtainedAt));
    }

    private void syncFolder() throws IOException {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename is then as durable as they make it.
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}
