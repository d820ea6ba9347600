package vn.qrgate.reader.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.FullPolicy;
import vn.qrgate.reader.port.Outbox;

/**
 * Random runs of appends, batches, acks, requeues, purges, restarts and a filling disk, played on the
 * SQLite outbox and on the in-memory model side by side: every answer and every status must agree.
 */
class SqliteOutboxModelPropertyTest {

    private static final long CAPACITY = 6;
    private static final long DISK_FLOOR = 1_000;

    enum Op { APPEND_ACCEPTED, APPEND_REJECTED, APPEND_AGAIN, TAKE, ACK, ACK_UNKNOWN, REQUEUE, PURGE, TICK, REOPEN, DISK }

    record Action(Op op, int a, int b) {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Op> ops = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Op.APPEND_ACCEPTED)),
                Tuple.of(2, Arbitraries.just(Op.APPEND_REJECTED)),
                Tuple.of(1, Arbitraries.just(Op.APPEND_AGAIN)),
                Tuple.of(3, Arbitraries.just(Op.TAKE)),
                Tuple.of(3, Arbitraries.just(Op.ACK)),
                Tuple.of(1, Arbitraries.just(Op.ACK_UNKNOWN)),
                Tuple.of(2, Arbitraries.just(Op.REQUEUE)),
                Tuple.of(1, Arbitraries.just(Op.PURGE)),
                Tuple.of(2, Arbitraries.just(Op.TICK)),
                Tuple.of(1, Arbitraries.just(Op.REOPEN)),
                Tuple.of(1, Arbitraries.just(Op.DISK)));
        Arbitrary<Action> action = Combinators.combine(ops, Arbitraries.integers().between(0, 1_000),
                Arbitraries.integers().between(0, 1_000)).as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 40)
    void the_sqlite_outbox_answers_like_the_model(@ForAll("actions") List<Action> actions,
                                                  @ForAll FullPolicy policy) throws IOException {
        Path dir = Files.createTempDirectory("outbox-model");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T05:00:00Z"));
        long[] freeBytes = {Long.MAX_VALUE};
        OutboxSettings settings = OutboxSettings.defaults(dir.resolve("outbox.db"))
                .withCapacity(CAPACITY).withFullPolicy(policy).withDiskFloorBytes(DISK_FLOOR).withNearlyFullFraction(0.5);
        InMemoryOutbox.Memory memory = new InMemoryOutbox.Memory();
        Drafts drafts = new Drafts();
        List<EventDraft> appended = new ArrayList<>();
        Outbox sqlite = new SqliteOutbox(settings, clock, () -> freeBytes[0]);
        Outbox model = new InMemoryOutbox(memory, CAPACITY, policy, DISK_FLOOR, 0.5, clock, () -> freeBytes[0]);
        try {
            for (Action action : actions) {
                switch (action.op()) {
                    case APPEND_ACCEPTED, APPEND_REJECTED, APPEND_AGAIN -> {
                        EventDraft draft = action.op() == Op.APPEND_AGAIN && !appended.isEmpty()
                                ? appended.get(action.a() % appended.size())
                                : action.op() == Op.APPEND_REJECTED ? drafts.rejected() : drafts.accepted();
                        appended.add(draft);
                        assertSameAppend(sqlite.append(draft), model.append(draft));
                    }
                    case TAKE -> {
                        int maxEvents = 1 + action.a() % 5;
                        int maxBytes = action.b() % 2 == 0 ? 1 : 1 << 20;
                        assertThat(sqlite.takeBatch(maxEvents, maxBytes)).isEqualTo(model.takeBatch(maxEvents, maxBytes));
                    }
                    case ACK -> {
                        List<UUID> ids = new ArrayList<>();
                        for (int i = 0; i < appended.size(); i++) {
                            if ((i + action.a()) % 3 == 0) {
                                ids.add(appended.get(i).eventId());
                            }
                        }
                        assertThat(sqlite.acknowledge(ids)).isEqualTo(model.acknowledge(ids));
                    }
                    case ACK_UNKNOWN -> assertThat(sqlite.acknowledge(List.of(UUID.randomUUID()))).isZero();
                    case REQUEUE -> {
                        Instant cutoff = clock.instant().minusSeconds(action.a() % 4);
                        assertThat(sqlite.requeueSentBefore(cutoff)).isEqualTo(model.requeueSentBefore(cutoff));
                    }
                    case PURGE -> assertThat(sqlite.purgeAcked()).isEqualTo(model.purgeAcked());
                    case TICK -> clock.advance(Duration.ofSeconds(1 + action.a() % 3));
                    case REOPEN -> {
                        sqlite.close();
                        model.close();
                        sqlite = new SqliteOutbox(settings, clock, () -> freeBytes[0]);
                        model = new InMemoryOutbox(memory, CAPACITY, policy, DISK_FLOOR, 0.5, clock, () -> freeBytes[0]);
                    }
                    case DISK -> freeBytes[0] = action.a() % 2 == 0 ? DISK_FLOOR - 1 : Long.MAX_VALUE;
                }
                assertThat(sqlite.status()).as("status after %s", action).isEqualTo(model.status());
            }
        } finally {
            sqlite.close();
            deleteTree(dir);
        }
    }

    // Refusal wording may differ between stores; that a scan was refused, and under the refuse policy why, may not.
    private static void assertSameAppend(AppendResult actual, AppendResult expected) {
        assertThat(actual).hasSameClassAs(expected);
        if (expected instanceof AppendResult.Stored) {
            assertThat(actual).isEqualTo(expected);
        } else if (((AppendResult.Refused) expected).why().startsWith("outbox full: ")) {
            assertThat(actual).isEqualTo(expected);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
