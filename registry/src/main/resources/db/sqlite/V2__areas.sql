-- The official administrative units, any number of levels (1 = the top, e.g. province). Codes are
-- text because their leading zeros matter. Rows are replaced as a whole by each imported edition.
CREATE TABLE area (
    code        TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    level       INTEGER NOT NULL CHECK (level >= 1),
    level_name  TEXT    NOT NULL,
    parent_code TEXT    REFERENCES area (code),
    CHECK ((level = 1) = (parent_code IS NULL))
);

CREATE INDEX area_parent ON area (parent_code);
