-- Roll-ups for the statistics, kept in the transaction that stores the check-ins they count (only the
-- newly stored ones, so a re-sent event is never counted twice). They hold no personal data: the
-- people sketch keeps hashes or HyperLogLog registers, not document numbers. Retention deletes
-- check-ins, never these. Days are local days in Asia/Ho_Chi_Minh.
CREATE TABLE stats_venue_day (
    venue    text   NOT NULL,
    day      date   NOT NULL,
    scans    bigint NOT NULL CHECK (scans >= 0),
    accepted bigint NOT NULL CHECK (accepted >= 0),
    PRIMARY KEY (venue, day)
);

CREATE INDEX stats_venue_day_day ON stats_venue_day (day, venue);

-- Area codes are not references: an area import may drop a code while its past counts stay.
CREATE TABLE stats_area_day (
    area_code text   NOT NULL,
    day       date   NOT NULL,
    scans     bigint NOT NULL CHECK (scans >= 0),
    accepted  bigint NOT NULL CHECK (accepted >= 0),
    people    bytea  NOT NULL,
    PRIMARY KEY (area_code, day)
);
