package vn.qrgate.reader.adapter.camera;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Map;
import java.util.Random;

/**
 * Camera-like grey frames of QR codes: placed, turned, blurred, noisy, faded. Every frame carries its
 * index in its first and last four bytes, so a test can tell which frame the decoder got and whether
 * it was whole (a frame glued from two half frames has two different indexes).
 */
final class TestFrames {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    /** How a code looks in the frame; dark and light are grey levels 0–255. */
    record Look(int centreX, int centreY, double degrees, int moduleSize, int dark, int light, int blurRadius,
            double noiseSigma) {

        static Look plain() {
            return new Look(WIDTH / 2, HEIGHT / 2, 0, 4, 20, 230, 0, 0);
        }

        Look at(int x, int y) {
            return new Look(x, y, degrees, moduleSize, dark, light, blurRadius, noiseSigma);
        }

        Look turned(double deg) {
            return new Look(centreX, centreY, deg, moduleSize, dark, light, blurRadius, noiseSigma);
        }

        Look blurred(int radius) {
            return new Look(centreX, centreY, degrees, moduleSize, dark, light, radius, noiseSigma);
        }

        Look noisy(double sigma) {
            return new Look(centreX, centreY, degrees, moduleSize, dark, light, blurRadius, sigma);
        }

        Look withModule(int pixels) {
            return new Look(centreX, centreY, degrees, pixels, dark, light, blurRadius, noiseSigma);
        }

        Look contrast(int darkLevel, int lightLevel) {
            return new Look(centreX, centreY, degrees, moduleSize, darkLevel, lightLevel, blurRadius, noiseSigma);
        }
    }

    private TestFrames() {
    }

    /** A frame showing {@code text} as a QR code; {@code seed} varies the noise from frame to frame. */
    static byte[] code(String text, Look look, long seed) {
        BitMatrix modules = encode(text);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(look.light(), look.light(), look.light()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        AffineTransform place = new AffineTransform();
        place.translate(look.centreX(), look.centreY());
        place.rotate(Math.toRadians(look.degrees()));
        place.scale(look.moduleSize(), look.moduleSize());
        place.translate(-modules.getWidth() / 2.0, -modules.getHeight() / 2.0);
        g.setTransform(place);
        g.setColor(new Color(look.dark(), look.dark(), look.dark()));
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    // a hair over one module so antialiased neighbours leave no light seams
                    g.fill(new java.awt.geom.Rectangle2D.Double(x, y, 1.02, 1.02));
                }
            }
        }
        g.dispose();
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData().clone();
        return finish(pixels, look.blurRadius(), look.noiseSigma(), seed);
    }

    /** A frame with no code: a light wall with a darker door frame, and noise. */
    static byte[] empty(long seed) {
        byte[] pixels = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                pixels[y * WIDTH + x] = (byte) (x < 60 || x > 580 ? 70 : 200 - y / 8);
            }
        }
        return finish(pixels, 0, 6, seed);
    }

    /** Writes the frame index into the first and last four bytes. */
    static byte[] indexed(byte[] frame, int index) {
        byte[] copy = frame.clone();
        putIndex(copy, 0, index);
        putIndex(copy, copy.length - 4, index);
        return copy;
    }

    static int headIndex(LumaFrame frame) {
        return getIndex(frame.data(), 0);
    }

    static int tailIndex(LumaFrame frame) {
        return getIndex(frame.data(), WIDTH * HEIGHT - 4);
    }

    /** The grey frame as planar YUV420: Y, then U and V filled with a pattern no decoder should see. */
    static byte[] asYuv420(byte[] grey) {
        byte[] yuv = new byte[grey.length * 3 / 2];
        System.arraycopy(grey, 0, yuv, 0, grey.length);
        for (int i = grey.length; i < yuv.length; i++) {
            yuv[i] = (byte) (i * 31);
        }
        return yuv;
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a test code of " + text.length() + " characters", e);
        }
    }

    private static byte[] finish(byte[] pixels, int blurRadius, double noiseSigma, long seed) {
        byte[] out = blurRadius > 0 ? boxBlur(pixels, blurRadius) : pixels;
        if (noiseSigma > 0) {
            Random random = new Random(seed);
            for (int i = 0; i < out.length; i++) {
                int v = (out[i] & 0xff) + (int) Math.round(random.nextGaussian() * noiseSigma);
                out[i] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        return out;
    }

    private static byte[] boxBlur(byte[] in, int r) {
        byte[] out = new byte[in.length];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int sum = 0;
                int n = 0;
                for (int dy = -r; dy <= r; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= HEIGHT) {
                        continue;
                    }
                    for (int dx = -r; dx <= r; dx++) {
                        int xx = x + dx;
                        if (xx >= 0 && xx < WIDTH) {
                            sum += in[yy * WIDTH + xx] & 0xff;
                            n++;
                        }
                    }
                }
                out[y * WIDTH + x] = (byte) (sum / n);
            }
        }
        return out;
    }

    private static void putIndex(byte[] data, int at, int index) {
        data[at] = (byte) (index >>> 24);
        data[at + 1] = (byte) (index >>> 16);
        data[at + 2] = (byte) (index >>> 8);
        data[at + 3] = (byte) index;
    }

    private static int getIndex(byte[] data, int at) {
        return (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | (data[at + 3] & 0xff);
    }
}
