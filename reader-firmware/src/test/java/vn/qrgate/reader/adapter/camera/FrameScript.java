package vn.qrgate.reader.adapter.camera;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stand-in camera command: a shell script that writes raw frames to its standard output, paced
 * like a camera, and does something different on each run (write frames and die, write the rest and
 * keep running). Frames are stored in one file and copied out with dd, one or several at a time.
 * After its last run the command just stays alive without writing, like a camera with nothing new.
 */
final class FrameScript {

    private final Path dir;
    private final int frameBytes;
    private final Path frames;
    private final List<StringBuilder> runs = new ArrayList<>();
    private int stored;
    private int partials;

    FrameScript(Path dir, int frameBytes) {
        this.dir = dir;
        this.frameBytes = frameBytes;
        this.frames = dir.resolve("frames.raw");
        runs.add(new StringBuilder());
    }

    /** Writes the frames one at a time, sleeping {@code paceMillis} after each (0 = as fast as the pipe takes them). */
    FrameScript frames(List<byte[]> list, int paceMillis) {
        int first = store(list);
        if (paceMillis == 0) {
            line("dd if=" + frames + " bs=" + frameBytes + " skip=" + first + " count=" + list.size() + " status=none");
            return this;
        }
        for (int i = 0; i < list.size(); i++) {
            line("dd if=" + frames + " bs=" + frameBytes + " skip=" + (first + i) + " count=1 status=none");
            line(String.format("sleep %.3f", paceMillis / 1000.0));
        }
        return this;
    }

    /** Writes only the first {@code bytes} bytes of the frame. */
    FrameScript partial(byte[] frame, int bytes) {
        Path part = dir.resolve("partial-" + partials++ + ".raw");
        write(part, Arrays.copyOf(frame, bytes), false);
        line("cat " + part);
        return this;
    }

    FrameScript say(String stderrLine) {
        line("echo '" + stderrLine + "' >&2");
        return this;
    }

    /** Starts a child that outlives nothing it should: the source must stop it on close. */
    FrameScript startChild(String pidFile) {
        line("sleep 60 & echo $! > " + dir.resolve(pidFile));
        return this;
    }

    FrameScript writePid(String pidFile) {
        line("echo $$ > " + dir.resolve(pidFile));
        return this;
    }

    FrameScript exit(int status) {
        line("exit " + status);
        return nextRun();
    }

    /** What the command does the next time it is started. */
    FrameScript nextRun() {
        runs.add(new StringBuilder());
        return this;
    }

    /** The argument list to configure, after the script is written. */
    List<String> command() {
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        Path count = dir.resolve("runs");
        script.append("n=$(cat ").append(count).append(" 2>/dev/null || echo 0)\n");
        script.append("echo $((n + 1)) > ").append(count).append('\n');
        script.append("case $n in\n");
        for (int i = 0; i < runs.size(); i++) {
            script.append(i).append(")\n").append(runs.get(i)).append(";;\n");
        }
        script.append("esac\nexec sleep 60\n");
        Path file = dir.resolve("camera.sh");
        write(file, script.toString().getBytes(StandardCharsets.UTF_8), false);
        return List.of("sh", file.toString());
    }

    /** How often the command was started, as the script itself counted. */
    int runsStarted() {
        try {
            Path count = dir.resolve("runs");
            return Files.exists(count) ? Integer.parseInt(Files.readString(count).strip()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid(String pidFile) {
        try {
            return Long.parseLong(Files.readString(dir.resolve(pidFile)).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int store(List<byte[]> list) {
        int first = stored;
        for (byte[] frame : list) {
            if (frame.length != frameBytes) {
                throw new IllegalArgumentException("frame of " + frame.length + " bytes, the script writes " + frameBytes);
            }
            write(frames, frame, true);
            stored++;
        }
        return first;
    }

    private void line(String command) {
        runs.get(runs.size() - 1).append("  ").append(command).append('\n');
    }

    private static void write(Path file, byte[] bytes, boolean append) {
        try (OutputStream out = append
                ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(file)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
