package vn.qrgate.reader.adapter.camera;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which command delivers the camera's frames and how to read them. The command is an argument list
 * run without a shell, e.g. {@code rpicam-vid -t 0 -n --codec yuv420 --width 640 --height 480
 * --framerate 30 -o -} (YUV420; rpicam-vid pads rows to a multiple of 64 pixels, so keep the width a
 * multiple of 64) or {@code ffmpeg -f v4l2 -video_size 640x480 -i /dev/video0 -pix_fmt gray -f
 * rawvideo -} (GREY). Checked when built, so a wrong config fails at start-up with the setting named.
 *
 * @param restartBackoffMax longest wait between restarts of a failing command; the first wait is
 *     {@link #RESTART_BACKOFF_MIN} and each failure doubles it
 * @param goneAfter how long a code must be missing from decoded frames before it counts as having
 *     left the view, so that showing it again is a new scan
 * @param regionOfInterest the part of the frame to decode; empty = the whole frame
 */
public record CameraSettings(
        List<String> command,
        int width,
        int height,
        PixelFormat format,
        Duration restartBackoffMax,
        Duration goneAfter,
        Optional<Region> regionOfInterest) {

    public static final Duration RESTART_BACKOFF_MIN = Duration.ofMillis(250);
    public static final Duration DEFAULT_RESTART_BACKOFF_MAX = Duration.ofSeconds(10);
    /**
     * Decoders miss single frames (motion blur, glare, a finger over a corner): a second of misses is
     * 30 frames at 30 fps, or still several at a slow decoder's 5 frames a second, far more than a
     * code in view ever loses in a row; and a visitor who takes a card away and shows it again takes
     * longer than that. Repeated check-ins within the duplicate window are caught downstream anyway.
     */
    public static final Duration DEFAULT_GONE_AFTER = Duration.ofSeconds(1);

    static final int MIN_SIDE = 32;
    static final int MAX_SIDE = 4096;
    static final Duration MAX_RESTART_BACKOFF = Duration.ofMinutes(10);
    static final Duration MIN_GONE_AFTER = Duration.ofMillis(100);
    static final Duration MAX_GONE_AFTER = Duration.ofMinutes(1);

    public CameraSettings {
        if (command == null || command.isEmpty()) {
            throw new CameraSettingsException("command", "missing",
                    "a program and its arguments, e.g. [rpicam-vid, -t, 0, -n, --codec, yuv420, -o, -]");
        }
        for (int i = 0; i < command.size(); i++) {
            String part = command.get(i);
            if (part == null || (i == 0 && part.isBlank())) {
                throw new CameraSettingsException("command[" + i + "]", part == null ? "missing" : "blank",
                        i == 0 ? "the program to run, e.g. rpicam-vid or /usr/bin/ffmpeg" : "an argument (may be empty, not missing)");
            }
        }
        command = List.copyOf(command);
        checkSide("width", width);
        checkSide("height", height);
        if (format == null) {
            throw new CameraSettingsException("format", "missing", "GREY or YUV420");
        }
        if (format == PixelFormat.YUV420 && (width % 2 != 0 || height % 2 != 0)) {
            throw new CameraSettingsException("width x height", width + "x" + height,
                    "YUV420 frames need an even width and height");
        }
        if (restartBackoffMax == null || outside(restartBackoffMax, RESTART_BACKOFF_MIN, MAX_RESTART_BACKOFF)) {
            throw new CameraSettingsException("restartBackoffMax", String.valueOf(restartBackoffMax),
                    RESTART_BACKOFF_MIN.toMillis() + " ms to " + MAX_RESTART_BACKOFF.toMinutes() + " min (default "
                            + DEFAULT_RESTART_BACKOFF_MAX.toSeconds() + " s)");
        }
        if (goneAfter == null || outside(goneAfter, MIN_GONE_AFTER, MAX_GONE_AFTER)) {
            throw new CameraSettingsException("goneAfter", String.valueOf(goneAfter),
                    MIN_GONE_AFTER.toMillis() + " ms to " + MAX_GONE_AFTER.toSeconds() + " s (default "
                            + DEFAULT_GONE_AFTER.toMillis() + " ms)");
        }
        if (regionOfInterest == null) {
            throw new CameraSettingsException("regionOfInterest", "null", "a region or Optional.empty() for the whole frame");
        }
        if (regionOfInterest.isPresent() && !regionOfInterest.get().fitsIn(width, height)) {
            throw new CameraSettingsException("regionOfInterest", regionOfInterest.get().toString(),
                    "must lie inside the " + width + "x" + height + " frame");
        }
    }

    /** Defaults for the rest: 10 s longest restart wait, 1 s to leave the view, the whole frame. */
    public static Builder of(List<String> command, int width, int height, PixelFormat format) {
        return new Builder(command, width, height, format);
    }

    /** For logs and the status: the program, not its arguments. */
    public String program() {
        return command.get(0);
    }

    public int frameBytes() {
        return format.frameBytes(width, height);
    }

    /** The part of a frame buffer to decode: the region of interest, or the whole frame. */
    LumaFrame frameOf(byte[] luma) {
        if (regionOfInterest.isEmpty()) {
            return LumaFrame.packed(luma, width, height);
        }
        Region r = regionOfInterest.get();
        return new LumaFrame(luma, r.y() * width + r.x(), r.width(), r.height(), width);
    }

    private static void checkSide(String setting, int value) {
        if (value < MIN_SIDE || value > MAX_SIDE) {
            throw new CameraSettingsException(setting, Integer.toString(value),
                    MIN_SIDE + " to " + MAX_SIDE + " pixels, as the command is told to produce");
        }
    }

    private static boolean outside(Duration value, Duration min, Duration max) {
        return value.compareTo(min) < 0 || value.compareTo(max) > 0;
    }

    public static final class Builder {
        private final List<String> command;
        private final int width;
        private final int height;
        private final PixelFormat format;
        private Duration restartBackoffMax = DEFAULT_RESTART_BACKOFF_MAX;
        private Duration goneAfter = DEFAULT_GONE_AFTER;
        private Optional<Region> regionOfInterest = Optional.empty();

        private Builder(List<String> command, int width, int height, PixelFormat format) {
            this.command = command;
            this.width = width;
            this.height = height;
            this.format = format;
        }

        public Builder restartBackoffMax(Duration value) {
            this.restartBackoffMax = value;
            return this;
        }

        public Builder goneAfter(Duration value) {
            this.goneAfter = value;
            return this;
        }

        public Builder regionOfInterest(Region value) {
            this.regionOfInterest = Optional.of(Objects.requireNonNull(value, "regionOfInterest"));
            return this;
        }

        public CameraSettings build() {
            return new CameraSettings(command, width, height, format, restartBackoffMax, goneAfter, regionOfInterest);
        }
    }
}
