package vn.qrgate.reader.adapter.camera;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/**
 * Reads the camera command's standard error to its end, so the command never blocks on a full pipe,
 * and passes the first lines of each run to the log at DEBUG. Camera tools print a line per frame
 * or per second when asked and long banners always: lines are cut at {@link #MAX_LINE_CHARS} and
 * only {@link #MAX_LINES} are logged per run. The text is the tool's, never a frame's.
 */
final class CommandStderr implements Runnable {

    static final int MAX_LINE_CHARS = 200;
    static final int MAX_LINES = 100;

    private final InputStream stderr;
    private final String program;
    private final Logger log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(MAX_LINE_CHARS);
    private boolean cut;
    private int lines;

    CommandStderr(InputStream stderr, String program, Logger log) {
        this.stderr = stderr;
        this.program = program;
        this.log = log;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[1024];
        try (InputStream in = stderr) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    accept(buffer[i]);
                }
            }
        } catch (IOException e) {
            // the stream is closed when the process is stopped: nothing more to read
        }
        endLine();
    }

    private void accept(byte b) {
        // progress lines end in CR alone
        if (b == '\n' || b == '\r') {
            endLine();
        } else if (line.size() < MAX_LINE_CHARS) {
            line.write(b < 0x20 || b == 0x7f ? '?' : b);
        } else {
            cut = true;
        }
    }

    private void endLine() {
        if (line.size() > 0) {
            lines++;
            if (lines <= MAX_LINES) {
                log.debug("{} says: {}{}", program, line.toString(StandardCharsets.UTF_8), cut ? " [cut]" : "");
            } else if (lines == MAX_LINES + 1) {
                log.debug("{}: further output of this run is not logged", program);
            }
        }
        line.reset();
        cut = false;
    }
}
