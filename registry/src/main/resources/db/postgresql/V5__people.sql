-- People who log in with their phone, what they may do, and the tokens that stand for them. Only
-- SHA-256 digests of tokens are kept: a copy of this database lets nobody log in.

-- A person is known by phone. role is set for admins, health tracers and officials (with their
-- area); venue owners and staff have none here: their venues are in venue_member.
CREATE TABLE person (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone      text        NOT NULL UNIQUE,
    role       text,
    area_code  text,
    created_at timestamptz NOT NULL,
    CHECK ((role IS NULL AND area_code IS NULL) OR role IS NOT NULL)
);

CREATE TABLE venue_member (
    venue_code text        NOT NULL REFERENCES venue (code),
    person_id  bigint      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    owner      boolean     NOT NULL,
    added_at   timestamptz NOT NULL,
    PRIMARY KEY (venue_code, person_id)
);

CREATE INDEX venue_member_person ON venue_member (person_id);

CREATE TABLE login_session (
    token_sha256 text        NOT NULL PRIMARY KEY,
    person_id    bigint      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);

CREATE INDEX login_session_person ON login_session (person_id);

-- Tokens made by 'qrgate-registry token' for scripts; venues is a space-separated list of codes.
CREATE TABLE script_token (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_sha256 text        NOT NULL UNIQUE,
    role         text        NOT NULL,
    area_code    text,
    venues       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);

-- Gateways registered in the console, beside the config's. A revoked gateway's row stays, so its id
-- is not given to another gateway whose check-ins would then look like the old one's.
CREATE TABLE registered_gateway (
    id           text        NOT NULL PRIMARY KEY,
    token_sha256 text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);
