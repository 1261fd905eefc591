-- The workstation's cache, version 1: an encrypted SQLite (SQLCipher) file
-- holding what the officer may see, the sync cursor and the outbox of
-- commands made offline. Statements end with ';' at the end of a line.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('cursor', '0');
INSERT INTO meta (key, value) VALUES ('law', '');

-- Cases as the server last sent them, with the columns the queues sort and
-- search by.
CREATE TABLE cases (
    id              TEXT PRIMARY KEY,
    number          TEXT NOT NULL,
    city            TEXT NOT NULL,
    state           TEXT NOT NULL,
    version         INTEGER NOT NULL,
    iin             TEXT NOT NULL,
    passport_number TEXT NOT NULL,
    name            TEXT NOT NULL,
    received_on     TEXT NOT NULL,
    body            TEXT NOT NULL
);
CREATE INDEX cases_number ON cases (number);
CREATE INDEX cases_iin ON cases (iin);
CREATE INDEX cases_passport ON cases (passport_number);
CREATE INDEX cases_name ON cases (name);
CREATE INDEX cases_state ON cases (state, received_on);

-- Scans' metadata from the feed; the bytes live encrypted beside the cache.
CREATE TABLE documents (
    sha256       TEXT NOT NULL,
    case_id      TEXT NOT NULL,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    uploaded_by  TEXT NOT NULL,
    uploaded_at  TEXT NOT NULL,
    PRIMARY KEY (sha256, case_id)
);
CREATE INDEX documents_case ON documents (case_id);

-- Commands made here, oldest first, until the server has answered them:
-- pending (not sent or not answered), conflict (the case moved on; the
-- server's case is kept with it) or rejected (with the reason).
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    command_id TEXT NOT NULL UNIQUE,
    case_id    TEXT NOT NULL,
    type       TEXT NOT NULL,
    body       TEXT NOT NULL,
    status     TEXT NOT NULL,
    answer     TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX outbox_status ON outbox (status, seq);
