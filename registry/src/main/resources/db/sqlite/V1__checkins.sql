-- One row per eventId (DESIGN §5, §6: the registry's unique eventId makes the chain exactly-once).
-- Instants are microseconds since the epoch, UTC; scanned_offset keeps the reader's own UTC offset
-- in seconds, so the scan time can be given back as the reader wrote it.
CREATE TABLE checkin (
    event_id        TEXT    NOT NULL PRIMARY KEY,
    venue           TEXT    NOT NULL,
    device          TEXT    NOT NULL,
    seq             INTEGER NOT NULL,
    scanned_at      INTEGER NOT NULL,
    scanned_offset  INTEGER NOT NULL,
    clock_synced    INTEGER NOT NULL,
    direction       TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    decision        TEXT    NOT NULL,
    reason          TEXT,
    source          TEXT    NOT NULL,
    warnings        TEXT    NOT NULL,
    document_type   TEXT,
    document_number TEXT,
    full_name       TEXT,
    birth_date      TEXT,
    sex             TEXT,
    phone           TEXT,
    gateway         TEXT    NOT NULL,
    received_at     INTEGER NOT NULL
);

CREATE INDEX checkin_venue_scanned ON checkin (venue, scanned_at, seq);
CREATE INDEX checkin_scanned ON checkin (scanned_at);
