package vn.qrgate.reader.adapter.camera.decode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import vn.qrgate.reader.adapter.camera.LumaFrame;

/**
 * Picture files (PNG, JPEG, anything ImageIO reads) as grey frames, with the grey ZXing's
 * BufferedImageLuminanceSource computes: (306 R + 601 G + 117 B + 512) / 1024, a grey image's own
 * samples, and transparent pixels white. Decoding a file then gives the answer ZXing's own tools give.
 * ZXing whitens only fully transparent pixels; half-transparent ones are composed over white here, so a
 * code drawn with soft alpha on a transparent background keeps its contrast.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    public static LumaFrame read(Path file) throws ImageFileException {
        if (Files.isDirectory(file)) {
            throw new ImageFileException(file, "is a directory, not an image file");
        }
        BufferedImage image;
        try (InputStream in = Files.newInputStream(file)) {
            image = ImageIO.read(in);
        } catch (NoSuchFileException e) {
            throw new ImageFileException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImageFileException(file, "permission denied");
        } catch (IOException | RuntimeException e) {
            // ImageIO reports truncated or corrupt data as IOException, some codecs as runtime exceptions.
            throw new ImageFileException(file, "cannot be read as an image (" + e.getClass().getSimpleName() + ")", e);
        }
        if (image == null) {
            throw new ImageFileException(file, "is not an image in a format this Java can read (PNG, JPEG, GIF, BMP)");
        }
        return grey(image);
    }

    /** The picture's grey levels, one byte a pixel, row by row. */
    public static LumaFrame grey(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] grey = new byte[width * height];
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            // getRGB would convert linear grey to sRGB and brighten it; ZXing reads the samples as they are.
            image.getRaster().getDataElements(0, 0, width, height, grey);
            return LumaFrame.packed(grey, width, height);
        }
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                if (alpha == 0) {
                    grey[y * width + x] = (byte) 0xff;
                    continue;
                }
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (alpha < 0xff) {
                    // Over white, as ZXing does it: the transparent share becomes white.
                    int clear = 0xff - alpha;
                    r = (r * alpha + 0xff * clear) / 0xff;
                    g = (g * alpha + 0xff * clear) / 0xff;
                    b = (b * alpha + 0xff * clear) / 0xff;
                }
                grey[y * width + x] = (byte) ((306 * r + 601 * g + 117 * b + 0x200) >> 10);
            }
        }
        return LumaFrame.packed(grey, width, height);
    }
}
