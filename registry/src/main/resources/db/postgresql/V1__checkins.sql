-- One row per eventId (DESIGN §5, §6: the registry's unique eventId makes the chain exactly-once).
-- scanned_offset keeps the reader's own UTC offset in seconds, so the scan time can be given back as
-- the reader wrote it; timestamptz itself keeps only the instant.
CREATE TABLE checkin (
    event_id        uuid        NOT NULL PRIMARY KEY,
    venue           text        NOT NULL,
    device          text        NOT NULL,
    seq             bigint      NOT NULL,
    scanned_at      timestamptz NOT NULL,
    scanned_offset  integer     NOT NULL,
    clock_synced    boolean     NOT NULL,
    direction       text        NOT NULL,
    kind            text        NOT NULL,
    decision        text        NOT NULL,
    reason          text,
    source          text        NOT NULL,
    warnings        text        NOT NULL,
    document_type   text,
    document_number text,
    full_name       text,
    birth_date      date,
    sex             text,
    phone           text,
    gateway         text        NOT NULL,
    received_at     timestamptz NOT NULL
);

CREATE INDEX checkin_venue_scanned ON checkin (venue, scanned_at, seq);
CREATE INDEX checkin_scanned ON checkin (scanned_at);
