-- The official administrative units, any number of levels (1 = the top, e.g. province). Codes are
-- text because their leading zeros matter. Rows are replaced as a whole by each imported edition.
CREATE TABLE area (
    code        text    NOT NULL PRIMARY KEY,
    name        text    NOT NULL,
    type        text    NOT NULL,
    level       integer NOT NULL CHECK (level >= 1),
    level_name  text    NOT NULL,
    parent_code text    REFERENCES area (code),
    CHECK ((level = 1) = (parent_code IS NULL))
);

CREATE INDEX area_parent ON area (parent_code);
