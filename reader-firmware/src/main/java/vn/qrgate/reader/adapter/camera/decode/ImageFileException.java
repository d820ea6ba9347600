package vn.qrgate.reader.adapter.camera.decode;

import java.nio.file.Path;

/** An image file that could not be turned into a grey frame: missing, unreadable, or not a PNG/JPEG picture. */
public final class ImageFileException extends Exception {

    private final transient Path file;

    public ImageFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ImageFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
