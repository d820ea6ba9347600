package vn.qrgate.reader.adapter.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.FullPolicy;

/**
 * Prints what one durable append costs on this machine (synchronous=FULL, so mostly an fsync).
 * Not a test: timings vary too much between machines to assert. Run from the module directory:
 * {@code java -cp "$(cat cp.txt)" vn.qrgate.reader.adapter.sqlite.AppendLatencyMain [appends] [dir]}.
 */
public final class AppendLatencyMain {

    private static final int WARM_UP = 500;

    private AppendLatencyMain() {
    }

    public static void main(String[] args) throws IOException {
        int appends = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("outbox-latency");
        Path file = dir.resolve("latency-" + System.nanoTime() + ".db");
        OutboxSettings settings = OutboxSettings.defaults(file).withCapacity(1_000_000).withFullPolicy(FullPolicy.REFUSE_NEW_SCANS);
        Drafts drafts = new Drafts();
        long[] nanos = new long[appends];
        try (SqliteOutbox outbox = new SqliteOutbox(settings)) {
            for (int i = 0; i < WARM_UP; i++) {
                outbox.append(drafts.accepted());
            }
            for (int i = 0; i < appends; i++) {
                EventDraft draft = drafts.accepted();
                long start = System.nanoTime();
                AppendResult result = outbox.append(draft);
                nanos[i] = System.nanoTime() - start;
                if (!(result instanceof AppendResult.Stored)) {
                    throw new IllegalStateException("append refused: " + result);
                }
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().startsWith(file.getFileName().toString()))
                        .sorted(Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Arrays.sort(nanos);
        System.out.printf("outbox append, %d appends after %d warm-up, synchronous=FULL, on %s:%n", appends, WARM_UP, dir);
        System.out.printf("  median %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  mean %.3f ms%n",
                ms(nanos[appends / 2]), ms(nanos[appends * 90 / 100]), ms(nanos[appends * 99 / 100]),
                ms(nanos[appends - 1]), ms(Arrays.stream(nanos).sum() / appends));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
