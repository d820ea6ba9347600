-- QG1 personal QR cards the registry signed (issue 8). One active card per person: issuing again
-- revokes the one before in the same transaction, and the partial unique index makes a second active
-- card impossible even for two issuers at once. The document number is kept because a card must be
-- printed again and the person found when they log in; subject_hash is what the revocation list
-- published to gates holds instead (DESIGN §7).
CREATE TABLE qg1_card (
    id           TEXT    NOT NULL PRIMARY KEY,
    subject_hash TEXT    NOT NULL,
    document     TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    birth_date   TEXT    NOT NULL,
    phone        TEXT,
    group_label  TEXT,
    kid          TEXT    NOT NULL,
    issued_at    INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    issuer       TEXT    NOT NULL,
    issued_by    TEXT    NOT NULL,
    batch_id     TEXT,
    code         TEXT    NOT NULL,
    revoked_at   INTEGER
);

CREATE UNIQUE INDEX qg1_card_one_active ON qg1_card (subject_hash) WHERE revoked_at IS NULL;
CREATE INDEX qg1_card_subject ON qg1_card (subject_hash, issued_at);
CREATE INDEX qg1_card_phone ON qg1_card (phone) WHERE revoked_at IS NULL;
CREATE INDEX qg1_card_issuer ON qg1_card (issued_by, issued_at);
CREATE INDEX qg1_card_batch ON qg1_card (batch_id);
CREATE INDEX qg1_card_revoked ON qg1_card (expires_at) WHERE revoked_at IS NOT NULL;

-- The organisation printed as issuer on the cards of a card-issuer account (a school, a factory).
CREATE TABLE card_issuer (
    person_id    INTEGER NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    organisation TEXT    NOT NULL
);

-- Registry-wide values made once: the salt of the published revocation list's subject hashes.
CREATE TABLE registry_setting (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

-- Cards issued, downloaded and revoked are audited beside trace queries and full views; SQLite cannot
-- change a CHECK in place, so trace_audit is rebuilt with the wider kind list, keeping its ids.
CREATE TABLE trace_audit_v8 (
    id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    asked_at      INTEGER NOT NULL,
    account       TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('PERSON', 'VENUE', 'FULL_VIEW', 'FULL_VIEW_REFUSED',
                                                   'CARD_ISSUED', 'CARD_DOWNLOADED', 'CARD_REVOKED')),
    target        TEXT    NOT NULL,
    window_from   INTEGER NOT NULL,
    window_to     INTEGER NOT NULL,
    rows_returned INTEGER NOT NULL CHECK (rows_returned >= 0)
);

INSERT INTO trace_audit_v8 (id, asked_at, account, role, kind, target, window_from, window_to, rows_returned)
    SELECT id, asked_at, account, role, kind, target, window_from, window_to, rows_returned FROM trace_audit;

DROP TABLE trace_audit;
ALTER TABLE trace_audit_v8 RENAME TO trace_audit;
CREATE INDEX trace_audit_asked ON trace_audit (asked_at);
