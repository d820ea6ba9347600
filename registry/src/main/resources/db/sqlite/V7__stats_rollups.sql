-- Roll-ups for the statistics, kept in the transaction that stores the check-ins they count (only the
-- newly stored ones, so a re-sent event is never counted twice). They hold no personal data: the
-- people sketch keeps hashes or HyperLogLog registers, not document numbers. Retention deletes
-- check-ins, never these. Days are local days in Asia/Ho_Chi_Minh, as ISO text (2026-11-29).
CREATE TABLE stats_venue_day (
    venue    TEXT    NOT NULL,
    day      TEXT    NOT NULL,
    scans    INTEGER NOT NULL CHECK (scans >= 0),
    accepted INTEGER NOT NULL CHECK (accepted >= 0),
    PRIMARY KEY (venue, day)
);

CREATE INDEX stats_venue_day_day ON stats_venue_day (day, venue);

-- Area codes are not references: an area import may drop a code while its past counts stay.
CREATE TABLE stats_area_day (
    area_code TEXT    NOT NULL,
    day       TEXT    NOT NULL,
    scans     INTEGER NOT NULL CHECK (scans >= 0),
    accepted  INTEGER NOT NULL CHECK (accepted >= 0),
    people    BLOB    NOT NULL,
    PRIMARY KEY (area_code, day)
);
