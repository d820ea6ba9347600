package vn.qrgate.demo;

import java.io.PrintStream;
import vn.qrgate.protocol.mask.MaskedSubject;
import vn.qrgate.protocol.mask.Masking;
import vn.qrgate.reader.app.ScanListener;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.domain.Verdict;

/** One line per scan on the demo's console, masked like the venue's own list (DESIGN §7). */
final class ConsoleScanPrinter implements ScanListener {

    private final PrintStream out;

    ConsoleScanPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void scanned(RawScan scan, Verdict verdict, AppendResult stored) {
        String what;
        if (verdict.isAccepted()) {
            MaskedSubject m = Masking.mask(verdict.subject());
            what = m.documentNumber() + "  " + m.name() + "  " + m.birthDate();
        } else {
            what = "reason " + verdict.reason() + (verdict.detail().isEmpty() ? "" : " (" + verdict.detail() + ")");
        }
        String keep = stored instanceof AppendResult.Stored ? "" : "  NOT STORED: outbox full";
        out.printf("%-8s %-7s %-3s %s%s%n", verdict.decision(), verdict.kind(), verdict.direction(), what, keep);
    }
}
