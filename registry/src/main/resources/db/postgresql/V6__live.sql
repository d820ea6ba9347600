-- The live list's full views are audited beside the trace queries (DESIGN §7).
ALTER TABLE trace_audit DROP CONSTRAINT trace_audit_kind_check;
ALTER TABLE trace_audit ADD CONSTRAINT trace_audit_kind_check
    CHECK (kind IN ('PERSON', 'VENUE', 'FULL_VIEW', 'FULL_VIEW_REFUSED'));

-- The last seq given out by each venue's self check-in form (the form's "device" numbers its events
-- like a reader does). Not tied to venue: a seq is never reused, whatever happens to the venues.
CREATE TABLE self_checkin_sequence (
    venue    text   NOT NULL PRIMARY KEY,
    last_seq bigint NOT NULL CHECK (last_seq >= 1)
);
