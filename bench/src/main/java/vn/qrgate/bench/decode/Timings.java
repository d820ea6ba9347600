package vn.qrgate.bench.decode;

import java.util.Arrays;
import java.util.Locale;

/** Per-image times of one decoder on one set and rotation, with how many images it read correctly. */
record Timings(int read, int total, long[] nanos) {

    double medianMs() {
        return percentileMs(50);
    }

    double p99Ms() {
        return percentileMs(99);
    }

    /** Nearest rank: with 20 images p99 is the slowest one. */
    double percentileMs(int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double meanMs() {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    String rate() {
        return read + "/" + total;
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }
}
