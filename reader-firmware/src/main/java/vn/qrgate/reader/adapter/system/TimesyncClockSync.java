package vn.qrgate.reader.adapter.system;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.qrgate.reader.port.ClockSync;

/**
 * systemd-timesyncd touches {@code /run/systemd/timesync/synchronized} once the clock is synced
 * (chrony users: enable {@code chronyd}'s equivalent or set {@code clock.assumeSynced}). A file test
 * costs microseconds, cheap enough for every scan; nothing is spawned.
 */
public final class TimesyncClockSync implements ClockSync {

    public static final Path DEFAULT_MARKER = Path.of("/run/systemd/timesync/synchronized");

    private final Path marker;

    public TimesyncClockSync(Path marker) {
        this.marker = marker;
    }

    public TimesyncClockSync() {
        this(DEFAULT_MARKER);
    }

    @Override
    public boolean synced() {
        return Files.exists(marker);
    }
}
