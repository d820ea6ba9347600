package vn.qrgate.reader.adapter.serial;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.port.ScanSink;

/** Keeps every scan it is given, for assertions from the test thread. */
final class RecordingSink implements ScanSink {

    private final List<RawScan> scans = new CopyOnWriteArrayList<>();

    @Override
    public void accept(RawScan scan) {
        scans.add(scan);
    }

    List<RawScan> scans() {
        return List.copyOf(scans);
    }

    List<String> texts() {
        return scans.stream().map(s -> new String(s.bytes(), UTF_8)).toList();
    }
}
