-- Registered venues and the readers provisioned for them. The area reference is checked at commit,
-- so an area import (delete all, insert the new edition) passes while it keeps every used code and
-- is refused as a whole when it drops one.
CREATE TABLE venue (
    code       TEXT    NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    address    TEXT    NOT NULL,
    area_code  TEXT    NOT NULL REFERENCES area (code) DEFERRABLE INITIALLY DEFERRED,
    created_at INTEGER NOT NULL
);

CREATE INDEX venue_area ON venue (area_code);

-- The last number given out per province. Not tied to area: numbers are never reused, whatever
-- happens to the areas or the venues.
CREATE TABLE venue_code_sequence (
    province_code TEXT    NOT NULL PRIMARY KEY,
    last_number   INTEGER NOT NULL CHECK (last_number >= 1)
);

CREATE TABLE device (
    device_id   TEXT    NOT NULL PRIMARY KEY,
    venue_code  TEXT    NOT NULL REFERENCES venue (code),
    assigned_at INTEGER NOT NULL
);

CREATE INDEX device_venue ON device (venue_code);
