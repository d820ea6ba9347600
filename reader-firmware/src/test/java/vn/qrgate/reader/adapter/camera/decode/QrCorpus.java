package vn.qrgate.reader.adapter.camera.decode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.qrgate.reader.adapter.camera.LumaFrame;

/** The ZXing blackbox photographs in src/test/resources/qr-images, with the text each one holds. */
final class QrCorpus {

    static final Path ROOT = Path.of("src/test/resources/qr-images").toAbsolutePath();
    static final List<String> SETS = List.of("zxing-qrcode-1", "zxing-qrcode-3");

    record Image(String name, LumaFrame grey, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private QrCorpus() {
    }

    static List<Image> load(String set) {
        try (Stream<Path> files = Files.list(ROOT.resolve(set))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().map(QrCorpus::image).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Image image(Path png) {
        String name = png.getFileName().toString();
        Path txt = png.resolveSibling(name.replace(".png", ".txt"));
        try {
            return new Image(png.getParent().getFileName() + "/" + name, ImageFiles.read(png),
                    Files.readString(txt, StandardCharsets.UTF_8));
        } catch (IOException | ImageFileException e) {
            throw new IllegalStateException("corpus image " + png + " cannot be loaded", e);
        }
    }
}
