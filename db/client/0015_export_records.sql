-- The cache, version 15: the exports made here (issue 31 point 4). A list of
-- cases written to a file leaves this encrypted cache; its record (who, which
-- list, how many cases, the format) waits here, offline too, until a sync
-- has the server enter it in its audit log. Kept until the server answers.
CREATE TABLE export_records (
    id         TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
