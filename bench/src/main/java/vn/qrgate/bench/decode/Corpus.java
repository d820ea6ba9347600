package vn.qrgate.bench.decode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.qrgate.reader.adapter.camera.LumaFrame;
import vn.qrgate.reader.adapter.camera.decode.ImageFileException;
import vn.qrgate.reader.adapter.camera.decode.ImageFiles;

/** The QR photographs in reader-firmware/src/test/resources/qr-images: each N.png with its text in N.txt. */
public final class Corpus {

    public static final Path DEFAULT_ROOT = Path.of("reader-firmware/src/test/resources/qr-images");
    public static final List<String> SETS = List.of("zxing-qrcode-1", "zxing-qrcode-3");

    public record Photo(String name, LumaFrame grey, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {
    }

    public static List<Photo> load(Path root, String set) throws IOException, ImageFileException {
        Path dir = root.resolve(set);
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir.toAbsolutePath() + " is not a directory: run from the repository root or give the"
                    + " corpus directory (reader-firmware/src/test/resources/qr-images) as the first argument");
        }
        List<Path> pngs;
        try (Stream<Path> files = Files.list(dir)) {
            pngs = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        List<Photo> photos = new java.util.ArrayList<>();
        for (Path png : pngs) {
            String name = png.getFileName().toString();
            String expected = Files.readString(png.resolveSibling(name.replace(".png", ".txt")), StandardCharsets.UTF_8);
            photos.add(new Photo(set + "/" + name, ImageFiles.read(png), expected));
        }
        return photos;
    }
}
