-- Tracing reads a person's check-ins across every venue by document number within a time window.
CREATE INDEX checkin_document_scanned ON checkin (document_number, scanned_at);

-- One row per trace query (DESIGN §7: each full view is audited): who asked (never the token), about
-- whom (document number or venue id, by kind), for which window, and how many presences were answered.
-- Not touched by the check-in retention sweeps.
CREATE TABLE trace_audit (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    asked_at      timestamptz NOT NULL,
    account       text        NOT NULL,
    role          text        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('PERSON', 'VENUE')),
    target        text        NOT NULL,
    window_from   timestamptz NOT NULL,
    window_to     timestamptz NOT NULL,
    rows_returned integer     NOT NULL CHECK (rows_returned >= 0)
);

CREATE INDEX trace_audit_asked ON trace_audit (asked_at);
