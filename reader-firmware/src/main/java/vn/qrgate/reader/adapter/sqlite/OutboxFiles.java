package vn.qrgate.reader.adapter.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.reader.port.OutboxException;

/**
 * The outbox's files on disk. The database holds names and ID numbers, so it is created owner-only
 * before SQLite sees it: SQLite would create it with the process umask (usually world-readable), and
 * gives its -wal and -shm files the database's mode, so getting the first file right covers all three.
 *
 * <p>A lock file keeps a second agent (a technician's manual run beside the systemd one) from opening
 * the same outbox: SQLite itself would cope, but the outbox keeps its unacked count in memory.
 */
final class OutboxFiles implements AutoCloseable {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Logger log = LoggerFactory.getLogger(OutboxFiles.class);

    private final Path database;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private OutboxFiles(Path database, FileChannel lockChannel, FileLock lock) {
        this.database = database;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates the directory and the owner-only database file if missing, and takes the lock. */
    static OutboxFiles claim(Path database) {
        boolean posix = database.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            Path directory = database.getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, attributes(posix, OWNER_ONLY_DIRECTORY));
            }
        } catch (IOException e) {
            throw new OutboxException("outbox " + database + ": cannot create its directory: " + e, e);
        }
        Path lockFile = lockFileOf(database);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    attributes(posix, OWNER_ONLY));
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new OutboxException("outbox " + database + ": already open in another process (lock " + lockFile + ")");
            }
            createOwnerOnly(database, posix);
            return new OutboxFiles(database, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new OutboxException("outbox " + database + ": already open in this process", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OutboxException("outbox " + database + ": cannot create or lock its files: " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    static Path lockFileOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    static Path walOf(Path database) {
        return database.resolveSibling(database.getFileName() + "-wal");
    }

    static Path shmOf(Path database) {
        return database.resolveSibling(database.getFileName() + "-shm");
    }

    private static void createOwnerOnly(Path database, boolean posix) throws IOException {
        try {
            Files.createFile(database, attributes(posix, OWNER_ONLY));
        } catch (FileAlreadyExistsException existing) {
            // Opened below; only its mode may need fixing.
        }
        if (!posix) {
            return;
        }
        // The umask can only take bits away, but setting the mode explicitly makes it exact; files from an
        // older install (or a restore) may be more open than they should be.
        for (Path file : List.of(database, walOf(database), shmOf(database))) {
            if (Files.exists(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                String was = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                log.warn("outbox file {} had mode {}; set to rw------- (it holds personal data)", file, was);
            }
        }
    }

    private static FileAttribute<?>[] attributes(boolean posix, Set<PosixFilePermission> permissions) {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing with a better message.
            }
        }
    }

    /** Releases the lock. The lock file stays: deleting it would race with the next process taking it. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            log.warn("outbox {}: releasing the lock failed: {}", database, e.toString());
        } finally {
            closeQuietly(lockChannel);
        }
    }
}
