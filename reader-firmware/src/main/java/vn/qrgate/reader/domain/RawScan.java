package vn.qrgate.reader.domain;

import java.time.Instant;
import java.util.Objects;
import vn.qrgate.protocol.event.ScanSource;

/**
 * One frame as a reader delivered it, its suffix already removed. {@code receivedNanos} is
 * {@link System#nanoTime()} at arrival, for latency measurements only.
 */
public record RawScan(byte[] bytes, ScanSource source, Instant receivedAt, long receivedNanos) {

    public RawScan {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The bytes may be a person's ID card: never print them. */
    @Override
    public String toString() {
        return "RawScan[" + bytes.length + " bytes from " + source.wireName() + " at " + receivedAt + "]";
    }
}
