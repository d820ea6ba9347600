-- Tracing reads a person's check-ins across every venue by document number within a time window.
CREATE INDEX checkin_document_scanned ON checkin (document_number, scanned_at);

-- One row per trace query (DESIGN §7: each full view is audited): who asked (never the token), about
-- whom (document number or venue id, by kind), for which window, and how many presences were answered.
-- Instants are microseconds since the epoch, UTC. Not touched by the check-in retention sweeps.
CREATE TABLE trace_audit (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    asked_at      INTEGER NOT NULL,
    account       TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('PERSON', 'VENUE')),
    target        TEXT    NOT NULL,
    window_from   INTEGER NOT NULL,
    window_to     INTEGER NOT NULL,
    rows_returned INTEGER NOT NULL CHECK (rows_returned >= 0)
);

CREATE INDEX trace_audit_asked ON trace_audit (asked_at);
