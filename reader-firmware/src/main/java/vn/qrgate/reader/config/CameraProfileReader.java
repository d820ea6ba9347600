package vn.qrgate.reader.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Section;
import vn.qrgate.config.Values;

/** Reads a camera profile's {@code camera:} section and the command and frame-size keys an input may override. */
final class CameraProfileReader {

    static final int MAX_ARGS = 64;
    static final int MAX_ARG_LENGTH = 512;
    static final Values.Parser<Integer> SIDE = Values.integer(CameraProfile.MIN_SIDE, CameraProfile.MAX_SIDE);
    static final Values.Parser<CameraProfile.FrameFormat> FORMAT =
            Values.oneOf(List.of(CameraProfile.FrameFormat.values()), CameraProfile.FrameFormat::configName);
    static final String COMMAND_EXAMPLE = "command: [rpicam-vid, -t, '0', -n, --codec, yuv420, --width, '{width}', "
            + "--height, '{height}', -o, '-']";
    static final Values.Parser<Path> DEVICE = text -> {
        Path p = Path.of(text);
        if (!p.isAbsolute() || text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an absolute device path such as /dev/video0 "
                    + "(best /dev/v4l/by-id/usb-..., which survives replugging)");
        }
        return p.normalize();
    };

    private CameraProfileReader() {
    }

    static Optional<CameraProfile> read(Section cam) {
        Reading reading = cam.reading();
        int before = reading.errorCount();
        List<String> command = command(cam).orElse(null);
        if (command == null && !cam.given("command")) {
            reading.error(cam.key("command"), null, "required: the program and its arguments as a list; e.g. "
                    + COMMAND_EXAMPLE);
        }
        Integer width = cam.require("width", SIDE, "width: 640");
        Integer height = cam.require("height", SIDE, "height: 480");
        CameraProfile.FrameFormat format = cam.require("format", FORMAT, "format: yuv420");
        Optional<Path> device = cam.get("device", DEVICE);
        if (reading.errorCount() > before) {
            return Optional.empty();
        }
        return build(cam, "width", command, width, height, format, device);
    }

    /** The command list, each argument checked; empty (with errors recorded) when it is wrong or not given. */
    static Optional<List<String>> command(Section s) {
        Optional<List<JsonNode>> items = s.list("command", COMMAND_EXAMPLE);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty() || items.get().size() > MAX_ARGS) {
            s.reading().errorShown(s.key("command"), items.get().size() + " items",
                    "1 to " + MAX_ARGS + " items: the program, then its arguments; e.g. " + COMMAND_EXAMPLE);
            return Optional.empty();
        }
        List<String> args = new ArrayList<>();
        boolean good = true;
        for (int i = 0; i < items.get().size(); i++) {
            JsonNode item = items.get().get(i);
            String key = s.key("command") + "[" + (i + 1) + "]";
            if (!item.isValueNode() || item.isNull() || item.asText().isEmpty()
                    || item.asText().length() > MAX_ARG_LENGTH || item.asText().chars().anyMatch(c -> c == 0)) {
                s.reading().errorShown(key, Section.describe(s.reading(), item), "a word of 1 to " + MAX_ARG_LENGTH
                        + " characters; quote numbers and '-' ('0', '-')");
                good = false;
            } else {
                args.add(item.asText());
            }
        }
        return good ? Optional.of(List.copyOf(args)) : Optional.empty();
    }

    /** Builds the profile, turning a rule the record enforces (even YUV sizes) into an error on {@code sizeKey}. */
    static Optional<CameraProfile> build(Section s, String sizeKey, List<String> command, int width, int height,
                                         CameraProfile.FrameFormat format, Optional<Path> device) {
        try {
            return Optional.of(new CameraProfile(command, width, height, format, device));
        } catch (IllegalArgumentException e) {
            s.reading().errorShown(s.key(sizeKey), width + "x" + height, e.getMessage());
            return Optional.empty();
        }
    }
}
