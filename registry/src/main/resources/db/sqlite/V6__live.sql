-- The live list's full views are audited beside the trace queries (DESIGN §7). SQLite cannot change
-- a CHECK in place, so trace_audit is rebuilt with the wider kind list, keeping its ids.
CREATE TABLE trace_audit_v6 (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    asked_at      INTEGER NOT NULL,
    account       TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('PERSON', 'VENUE', 'FULL_VIEW', 'FULL_VIEW_REFUSED')),
    target        TEXT    NOT NULL,
    window_from   INTEGER NOT NULL,
    window_to     INTEGER NOT NULL,
    rows_returned INTEGER NOT NULL CHECK (rows_returned >= 0)
);

INSERT INTO trace_audit_v6 (id, asked_at, account, role, kind, target, window_from, window_to, rows_returned)
    SELECT id, asked_at, account, role, kind, target, window_from, window_to, rows_returned FROM trace_audit;

DROP TABLE trace_audit;
ALTER TABLE trace_audit_v6 RENAME TO trace_audit;
CREATE INDEX trace_audit_asked ON trace_audit (asked_at);

-- The last seq given out by each venue's self check-in form (the form's "device" numbers its events
-- like a reader does). Not tied to venue: a seq is never reused, whatever happens to the venues.
CREATE TABLE self_checkin_sequence (
    venue    TEXT    NOT NULL PRIMARY KEY,
    last_seq INTEGER NOT NULL CHECK (last_seq >= 1)
);
