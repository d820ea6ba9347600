-- QG1 personal QR cards the registry signed (issue 8). One active card per person: issuing again
-- revokes the one before in the same transaction, and the partial unique index makes a second active
-- card impossible even for two issuers at once. The document number is kept because a card must be
-- printed again and the person found when they log in; subject_hash is what the revocation list
-- published to gates holds instead (DESIGN §7).
CREATE TABLE qg1_card (
    id           text        NOT NULL PRIMARY KEY,
    subject_hash text        NOT NULL,
    document     text        NOT NULL,
    name         text        NOT NULL,
    birth_date   text        NOT NULL,
    phone        text,
    group_label  text,
    kid          text        NOT NULL,
    issued_at    timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    issuer       text        NOT NULL,
    issued_by    text        NOT NULL,
    batch_id     text,
    code         text        NOT NULL,
    revoked_at   timestamptz
);

CREATE UNIQUE INDEX qg1_card_one_active ON qg1_card (subject_hash) WHERE revoked_at IS NULL;
CREATE INDEX qg1_card_subject ON qg1_card (subject_hash, issued_at);
CREATE INDEX qg1_card_phone ON qg1_card (phone) WHERE revoked_at IS NULL;
CREATE INDEX qg1_card_issuer ON qg1_card (issued_by, issued_at);
CREATE INDEX qg1_card_batch ON qg1_card (batch_id);
CREATE INDEX qg1_card_revoked ON qg1_card (expires_at) WHERE revoked_at IS NOT NULL;

-- The organisation printed as issuer on the cards of a card-issuer account (a school, a factory).
CREATE TABLE card_issuer (
    person_id    bigint      NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    organisation text        NOT NULL
);

-- Registry-wide values made once: the salt of the published revocation list's subject hashes.
CREATE TABLE registry_setting (
    name  text NOT NULL PRIMARY KEY,
    value text NOT NULL
);

-- Cards issued, downloaded and revoked are audited beside trace queries and full views.
ALTER TABLE trace_audit DROP CONSTRAINT trace_audit_kind_check;
ALTER TABLE trace_audit ADD CONSTRAINT trace_audit_kind_check
    CHECK (kind IN ('PERSON', 'VENUE', 'FULL_VIEW', 'FULL_VIEW_REFUSED', 'CARD_ISSUED', 'CARD_DOWNLOADED', 'CARD_REVOKED'));
