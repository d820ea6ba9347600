package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a camera model is read: the command that writes raw frames to its standard output, with
 * {@code {width}}, {@code {height}} and {@code {device}} filled in from the input (or these defaults),
 * the frame size, and the pixel format of each frame.
 */
public record CameraProfile(List<String> command, int width, int height, FrameFormat format, Optional<Path> device) {

    public static final String WIDTH = "{width}";
    public static final String HEIGHT = "{height}";
    public static final String DEVICE = "{device}";
    /** Frames larger than this only cost decode time: codes are read at 640x480 and below. */
    public static final int MAX_SIDE = 4096;
    /** A QR code needs at least 21 pixels a side; smaller frames are a mistake in the config. */
    public static final int MIN_SIDE = 32;

    public enum FrameFormat {
        /** One byte of luminance per pixel ({@code ffmpeg -pix_fmt gray}). */
        GREY("grey"),
        /** Planar YUV 4:2:0 (I420); the luminance plane comes first and is the only one read. */
        YUV420("yuv420");

        private final String configName;

        FrameFormat(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }
    }

    public CameraProfile {
        command = List.copyOf(command);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(device, "device");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a camera command names at least the program");
        }
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("frame size " + width + "x" + height + ": each side " + MIN_SIDE + " to " + MAX_SIDE);
        }
        if (format == FrameFormat.YUV420 && (width % 2 != 0 || height % 2 != 0)) {
            throw new IllegalArgumentException("yuv420 frames have an even width and height, not " + width + "x" + height);
        }
    }

    /** The command with the placeholders filled in. */
    public List<String> commandFor(int frameWidth, int frameHeight, Optional<Path> frameDevice) {
        String dev = frameDevice.or(() -> device).map(Path::toString).orElse("");
        return command.stream().map(arg -> arg.replace(WIDTH, Integer.toString(frameWidth))
                .replace(HEIGHT, Integer.toString(frameHeight)).replace(DEVICE, dev)).toList();
    }

    /** Whether the command needs a device path ({@code {device}} appears in it). */
    public boolean needsDevice() {
        return command.stream().anyMatch(arg -> arg.contains(DEVICE));
    }
}
