package vn.qrgate.reader.app;

import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.domain.Verdict;

/** Told after each scan was decided, stored and signalled: for selftest, benchmarks and tests. */
@FunctionalInterface
public interface ScanListener {

    ScanListener NONE = (scan, verdict, stored) -> { };

    void scanned(RawScan scan, Verdict verdict, AppendResult stored);
}
