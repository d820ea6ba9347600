package vn.qrgate.reader.adapter.gpio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.reader.port.DirectionSwitch;

/**
 * The direction switch of the {@code simulated} board: IN unless set otherwise, either by
 * {@link #set(Direction)} or, with {@link #readingFile(Path)}, by writing {@code IN} or {@code OUT}
 * into a file ({@code echo OUT > /tmp/qrgate-direction}), so a demo can flip it from a shell.
 */
public final class SimulatedDirectionSwitch implements DirectionSwitch {

    private static final Logger log = LoggerFactory.getLogger(SimulatedDirectionSwitch.class);

    private final Path file;
    private volatile Direction direction;
    private volatile String reportedProblem;

    public SimulatedDirectionSwitch() {
        this(Direction.IN);
    }

    public SimulatedDirectionSwitch(Direction initial) {
        this(Objects.requireNonNull(initial, "initial"), null);
    }

    private SimulatedDirectionSwitch(Direction initial, Path file) {
        this.direction = initial;
        this.file = file;
    }

    /**
     * Reads the file at every {@link #current()}; a missing file means "unchanged" (IN at first), a
     * file with anything but IN or OUT is reported once and otherwise ignored.
     */
    public static SimulatedDirectionSwitch readingFile(Path file) {
        return new SimulatedDirectionSwitch(Direction.IN, Objects.requireNonNull(file, "file"));
    }

    public void set(Direction next) {
        Direction previous = direction;
        direction = Objects.requireNonNull(next, "direction");
        if (previous != next) {
            log.info("simulated direction switch now {}", next);
        }
    }

    @Override
    public Direction current() {
        if (file != null) {
            readFile();
        }
        return direction;
    }

    private void readFile() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip().toUpperCase(Locale.ROOT);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            reportOnce("cannot read " + file + ": " + e);
            return;
        }
        switch (text) {
            case "IN" -> accept(Direction.IN);
            case "OUT" -> accept(Direction.OUT);
            default -> reportOnce(file + " should contain IN or OUT, not '" + shorten(text) + "'");
        }
    }

    private void accept(Direction fromFile) {
        reportedProblem = null;
        set(fromFile);
    }

    private void reportOnce(String problem) {
        if (!problem.equals(reportedProblem)) {
            reportedProblem = problem;
            log.warn("simulated direction switch keeps {}: {}", direction, problem);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
