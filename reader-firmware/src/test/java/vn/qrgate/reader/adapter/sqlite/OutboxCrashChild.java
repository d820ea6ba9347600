package vn.qrgate.reader.adapter.sqlite;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.FullPolicy;

/**
 * The process {@link OutboxCrashIT} kills: a gate scanning as fast as it can. Each {@code OPEN seq id}
 * line stands for "the gate was opened", so it is written only after append returned Stored, in one
 * unbuffered write: once write() returns the line is in the pipe and outlives a SIGKILL. Arguments:
 * the database path and, for runs that should end by themselves, a number of scans.
 */
public final class OutboxCrashChild {

    // If the parent dies without killing us, stop on our own rather than scan forever.
    private static final long MAX_RUN_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final DeviceId DEVICE = new DeviceId("crash-child-01");
    private static final OffsetDateTime SCANNED_AT = OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneOffset.ofHours(7));

    private OutboxCrashChild() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, SQLException {
        Path database = Path.of(args[0]);
        long maxScans = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        EventIds ids = new EventIds(Clock.systemUTC());
        OutboxSettings settings = OutboxSettings.defaults(database)
                .withCapacity(10_000_000)
                .withFullPolicy(FullPolicy.REFUSE_NEW_SCANS);
        // A real agent has its JSON codec and SQLite loaded before it opens the gate; without this the
        // first append pays Jackson's start-up, longer than many of the parent's scan windows.
        EventJson.decodeEvent(EventJson.encode(draft(ids).withSeq(1)));
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            memory.createStatement().close();
        }
        // The parent starts the next child while this one's predecessor still runs, to overlap JVM
        // start-up with scanning; the outbox is opened only on GO, after the predecessor was killed.
        out.write("WARM\n".getBytes(StandardCharsets.US_ASCII));
        if (!"GO".equals(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine())) {
            return;
        }
        long deadline = System.nanoTime() + MAX_RUN_NANOS;
        try (SqliteOutbox outbox = new SqliteOutbox(settings)) {
            out.write("READY\n".getBytes(StandardCharsets.US_ASCII));
            for (long scan = 0; scan < maxScans && System.nanoTime() < deadline; scan++) {
                AppendResult result = outbox.append(draft(ids));
                if (result instanceof AppendResult.Stored stored) {
                    String line = "OPEN " + stored.event().seq() + " " + stored.event().eventId() + "\n";
                    out.write(line.getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(("REFUSED " + ((AppendResult.Refused) result).why() + "\n").getBytes(StandardCharsets.US_ASCII));
                    Thread.sleep(10);
                }
            }
        }
    }

    private static EventDraft draft(EventIds ids) {
        return new EventDraft(ids.next(), DEVICE, "venue-crash-test", SCANNED_AT, true, Direction.IN, Kind.CCCD,
                Drafts.person(), Decision.ACCEPTED, null, ScanSource.SERIAL, List.of());
    }
}
