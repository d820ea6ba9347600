package vn.qrgate.reader.adapter.sqlite;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Free space left for the outbox file. An interface so tests can fill a disk without filling one. */
@FunctionalInterface
public interface FreeSpaceProbe {

    long usableBytes() throws IOException;

    /**
     * The file system that holds {@code file}. The mount is looked up once, on first use (the file may
     * not exist yet when this is made): finding it parses the mount table, asking it is one statvfs.
     */
    static FreeSpaceProbe fileSystemOf(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        return new FreeSpaceProbe() {
            private FileStore store;

            @Override
            public synchronized long usableBytes() throws IOException {
                if (store == null) {
                    store = Files.getFileStore(directory);
                }
                return store.getUsableSpace();
            }
        };
    }
}
