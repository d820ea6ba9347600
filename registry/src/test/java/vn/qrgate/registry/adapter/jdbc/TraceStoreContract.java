package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.registry.testing.TracePeople.AN;
import static vn.qrgate.registry.testing.TracePeople.BINH;
import static vn.qrgate.registry.testing.TracePeople.MORNING;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.trace.AuditEntry;
import vn.qrgate.registry.domain.trace.TraceKind;
import vn.qrgate.registry.domain.trace.TraceWindow;
import vn.qrgate.registry.port.AuditLog;
import vn.qrgate.registry.port.TraceStore;
import vn.qrgate.registry.testing.TracePeople;

/** What tracing reads and the audit log keeps (V3); run against SQLite and PostgreSQL. */
abstract class TraceStoreContract {

    private static final String MARKET = "v-market";
    private static final String SCHOOL = "v-school";

    protected JdbcCheckinStore store;
    private TraceStore traces;
    private AuditLog audit;
    private final TracePeople gate = new TracePeople("gate-01");

    protected abstract JdbcCheckinStore openStore() throws Exception;

    protected void dropStore() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        store = openStore();
        traces = store.traces();
        audit = store.auditLog();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        dropStore();
    }

    private static OffsetDateTime at(int minutes) {
        return MORNING.plusMinutes(minutes);
    }

    private void insert(Event... events) {
        store.insertIfAbsent(List.of(events), "gw-1", Instant.now());
    }

    @Test
    void a_persons_accepted_checkins_at_every_venue_from_inclusive_to_exclusive_come_in_scan_order() {
        Event before = gate.in(AN, MARKET, at(-1));
        Event first = gate.in(AN, MARKET, at(0));
        Event atSchool = gate.in(AN, SCHOOL, at(30));
        Event out = gate.out(AN, MARKET, at(20));
        Event someoneElse = gate.in(BINH, MARKET, at(10));
        Event atTheEnd = gate.out(AN, SCHOOL, at(60));
        insert(atSchool, before, someoneElse, gate.rejectedIn(MARKET, at(5)), first, out, atTheEnd);

        List<Event> read = traces.ofDocument(AN.documentNumber(), at(0).toInstant(), at(60).toInstant());

        assertThat(read).containsExactly(first, out, atSchool);
    }

    @Test
    void a_venues_accepted_checkins_of_everyone_in_the_window_come_in_scan_then_seq_order() {
        Event an = gate.in(AN, MARKET, at(0));
        Event binh = gate.in(BINH, MARKET, at(0));
        Event binhOut = gate.out(BINH, MARKET, at(59));
        insert(binhOut, gate.in(AN, SCHOOL, at(10)), binh, an, gate.rejectedIn(MARKET, at(5)),
                gate.in(AN, MARKET, at(60)));

        assertThat(traces.atVenue(MARKET, at(0).toInstant(), at(60).toInstant())).containsExactly(an, binh, binhOut);
    }

    @Test
    void an_unknown_document_number_or_venue_reads_nothing() {
        insert(gate.in(AN, MARKET, at(0)));

        assertThat(traces.ofDocument("999999999999", at(-60).toInstant(), at(60).toInstant())).isEmpty();
        assertThat(traces.atVenue("v-elsewhere", at(-60).toInstant(), at(60).toInstant())).isEmpty();
    }

    @Test
    void audit_entries_read_back_oldest_first_with_who_asked_about_whom() {
        TraceWindow window = new TraceWindow(at(0).toInstant(), at(60).toInstant());
        AuditEntry person = new AuditEntry(Instant.parse("2026-11-21T01:00:00.123456Z"), "tracer-1",
                Role.HEALTH_TRACER, TraceKind.PERSON, AN.documentNumber(), window, 3);
        AuditEntry venue = new AuditEntry(Instant.parse("2026-11-21T00:59:00Z"), "admin", Role.ADMIN,
                TraceKind.VENUE, MARKET, window, 0);
        AuditEntry later = new AuditEntry(Instant.parse("2026-11-22T00:00:00Z"), "tracer-1", Role.HEALTH_TRACER,
                TraceKind.VENUE, SCHOOL, window, 7);
        audit.record(person);
        audit.record(venue);
        audit.record(later);

        assertThat(audit.between(Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-22T00:00:00Z"), 10))
                .containsExactly(venue, person);
        assertThat(audit.between(Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-23T00:00:00Z"), 1))
                .containsExactly(venue);
    }

    @Test
    void the_retention_sweep_leaves_the_audit_log_alone() {
        TraceWindow window = new TraceWindow(at(0).toInstant(), at(60).toInstant());
        AuditEntry entry = new AuditEntry(Instant.parse("2020-01-01T00:00:00Z"), "tracer-1", Role.HEALTH_TRACER,
                TraceKind.VENUE, MARKET, window, 1);
        audit.record(entry);

        store.deleteScannedBefore(Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(audit.between(Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"), 10))
                .containsExactly(entry);
    }
}
