package vn.qrgate.reader.port;

import vn.qrgate.reader.domain.RawScan;

/** Receives every frame a {@link CodeSource} reads, on the source's thread. */
@FunctionalInterface
public interface ScanSink {
    void accept(RawScan scan);
}
