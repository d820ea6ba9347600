package vn.qrgate.bench.decode;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;
import java.util.Random;
import vn.qrgate.reader.adapter.camera.LumaFrame;

/**
 * Camera-like 640x480 grey frames of a CCCD-sized QR code: turned a few degrees, about 3.6 pixels a
 * module, lit unevenly, softened by a 3x3 blur (focus) and sprinkled with sensor noise. Consecutive
 * frames move the code by a few pixels, as a hand holding a card in front of the camera does.
 */
final class SyntheticFrames {

    /** The length and alphabet of a chip ID card's QR (made-up person): 12-digit number, old ID, name, dates, address. */
    static final String CCCD = "079203012345|272678901|Trần Thị Mỹ Dung|15081993|Nữ|"
            + "123/45 Nguyễn Thị Minh Khai, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20062021";

    static final double MODULE_PIXELS = 3.6;
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private SyntheticFrames() {
    }

    static LumaFrame[] stream(int frames, long seed) {
        return stream(frames, seed, MODULE_PIXELS);
    }

    static LumaFrame[] stream(int frames, long seed, double modulePixels) {
        ByteMatrix modules;
        try {
            modules = Encoder.encode(CCCD, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode the benchmark's code", e);
        }
        Random random = new Random(seed);
        LumaFrame[] out = new LumaFrame[frames];
        for (int i = 0; i < frames; i++) {
            double centreX = 300 + 6 * i + random.nextInt(5);
            double centreY = 230 + 3 * i + random.nextInt(5);
            double angle = Math.toRadians(7 + random.nextDouble());
            out[i] = LumaFrame.packed(render(modules, centreX, centreY, modulePixels, angle, random), WIDTH, HEIGHT);
        }
        return out;
    }

    /** A frame with no code in it: the same lighting and noise, a plain card-coloured rectangle instead. */
    static LumaFrame empty(long seed) {
        ByteMatrix blank = new ByteMatrix(41, 41);
        blank.clear((byte) 0);
        return LumaFrame.packed(render(blank, 320, 240, 3.6, 0.1, new Random(seed)), WIDTH, HEIGHT);
    }

    private static byte[] render(ByteMatrix modules, double centreX, double centreY, double moduleSize, double angle,
            Random random) {
        int n = modules.getWidth();
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[] grey = new double[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                // Light falls off to the right and bottom: 235 to about 170 on the card.
                double paper = 235 - 0.06 * x - 0.05 * y;
                double ink = 0;
                for (int s = 0; s < 4; s++) {
                    // 2x2 supersampling gives modules soft edges, as a lens does.
                    double dx = x + 0.25 + 0.5 * (s & 1) - centreX;
                    double dy = y + 0.25 + 0.5 * (s >> 1) - centreY;
                    double u = (cos * dx + sin * dy) / moduleSize + n / 2.0;
                    double v = (-sin * dx + cos * dy) / moduleSize + n / 2.0;
                    if (u >= 0 && v >= 0 && u < n && v < n && modules.get((int) u, (int) v) == 1) {
                        ink += 0.25;
                    }
                }
                grey[y * WIDTH + x] = paper - ink * (paper - 45);
            }
        }
        byte[] out = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double sum = 0;
                int count = 0;
                for (int yy = Math.max(0, y - 1); yy <= Math.min(HEIGHT - 1, y + 1); yy++) {
                    for (int xx = Math.max(0, x - 1); xx <= Math.min(WIDTH - 1, x + 1); xx++) {
                        sum += grey[yy * WIDTH + xx];
                        count++;
                    }
                }
                double noisy = sum / count + random.nextGaussian() * 6;
                out[y * WIDTH + x] = (byte) Math.max(0, Math.min(255, Math.round(noisy)));
            }
        }
        return out;
    }
}
