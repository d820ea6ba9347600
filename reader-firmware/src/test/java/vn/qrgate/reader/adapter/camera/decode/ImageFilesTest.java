package vn.qrgate.reader.adapter.camera.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.reader.adapter.camera.LumaFrame;

class ImageFilesTest {

    @TempDir
    Path dir;

    private static int at(LumaFrame f, int x, int y) {
        return f.data()[f.offset() + y * f.rowStride() + x] & 0xff;
    }

    @Test
    void colours_become_zxings_grey_and_transparency_becomes_white() throws Exception {
        BufferedImage image = new BufferedImage(5, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xffff0000); // red
        image.setRGB(1, 0, 0xff00ff00); // green
        image.setRGB(2, 0, 0xff0000ff); // blue
        image.setRGB(3, 0, 0x00000000); // fully transparent black
        image.setRGB(4, 0, 0x80000000); // half-transparent black
        Path png = dir.resolve("colours.png");
        ImageIO.write(image, "png", png.toFile());

        LumaFrame grey = ImageFiles.read(png);

        assertThat(grey.width()).isEqualTo(5);
        assertThat(at(grey, 0, 0)).isEqualTo((306 * 255 + 0x200) >> 10);
        assertThat(at(grey, 1, 0)).isEqualTo((601 * 255 + 0x200) >> 10);
        assertThat(at(grey, 2, 0)).isEqualTo((117 * 255 + 0x200) >> 10);
        assertThat(at(grey, 3, 0)).isEqualTo(255);
        assertThat(at(grey, 4, 0)).isBetween(126, 128);
    }

    @Test
    void a_grey_png_keeps_its_samples_unchanged() throws Exception {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 10);
        image.getRaster().setSample(1, 0, 0, 128);
        image.getRaster().setSample(2, 0, 0, 240);
        Path png = dir.resolve("grey.png");
        ImageIO.write(image, "png", png.toFile());

        LumaFrame grey = ImageFiles.read(png);

        assertThat(new int[] {at(grey, 0, 0), at(grey, 1, 0), at(grey, 2, 0)}).containsExactly(10, 128, 240);
    }

    @Test
    void a_corpus_photo_is_read_as_a_frame_of_its_size() throws Exception {
        LumaFrame grey = ImageFiles.read(QrCorpus.ROOT.resolve("zxing-qrcode-1/1.png"));

        assertThat(grey.width()).isEqualTo(640);
        assertThat(grey.height()).isEqualTo(480);
    }

    @Test
    void a_missing_file_is_named_in_the_error() {
        Path missing = dir.resolve("no-such.png");

        assertThatThrownBy(() -> ImageFiles.read(missing)).isInstanceOf(ImageFileException.class)
                .hasMessage(missing + ": no such file")
                .satisfies(e -> assertThat(((ImageFileException) e).file()).isEqualTo(missing));
    }

    @Test
    void a_file_that_is_not_a_picture_is_named_and_the_readable_formats_listed() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture at all");

        assertThatThrownBy(() -> ImageFiles.read(text)).isInstanceOf(ImageFileException.class)
                .hasMessageStartingWith(text + ": is not an image").hasMessageContaining("PNG, JPEG");
    }

    @Test
    void a_truncated_png_is_named_as_unreadable() throws IOException {
        byte[] whole = Files.readAllBytes(QrCorpus.ROOT.resolve("zxing-qrcode-1/1.png"));
        Path cut = dir.resolve("cut.png");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 3));

        assertThatThrownBy(() -> ImageFiles.read(cut)).isInstanceOf(ImageFileException.class)
                .hasMessageStartingWith(cut + ": cannot be read as an image");
    }

    @Test
    void a_directory_is_not_an_image() {
        assertThatThrownBy(() -> ImageFiles.read(dir)).isInstanceOf(ImageFileException.class)
                .hasMessage(dir + ": is a directory, not an image file");
    }
}
