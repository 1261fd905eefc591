-- Kezek server schema, version 1. Portable SQL: the same file runs on SQLite
-- (the embedded default) and PostgreSQL (production). Statements end with ';'
-- at the end of a line.

CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('revision', 0);

-- The system of record: one row a case, its whole state as JSON (casecodec),
-- with the columns the queues and the sync feed search by.
CREATE TABLE cases (
    id              TEXT PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    city            TEXT NOT NULL,
    state           TEXT NOT NULL,
    version         INTEGER NOT NULL,
    iin             TEXT NOT NULL,
    passport_number TEXT NOT NULL,
    revision        BIGINT NOT NULL,
    body            TEXT NOT NULL
);
CREATE INDEX cases_revision ON cases (revision);
CREATE INDEX cases_iin ON cases (iin);
CREATE INDEX cases_city_state ON cases (city, state);

-- Every command ever answered, by its client-made id: a command is applied at
-- most once, and a repeat gets the same answer.
CREATE TABLE commands (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL,
    type        TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    received_at TEXT NOT NULL,
    answer      TEXT NOT NULL
);
CREATE INDEX commands_case ON commands (case_id);

-- Notices due to the applicant's eGov cabinet, drained by the delivery worker.
CREATE TABLE notices_outbox (
    id           BIGINT PRIMARY KEY,
    case_id      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    body         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    delivered_at TEXT
);
CREATE INDEX notices_pending ON notices_outbox (delivered_at);
