-- The append-only audit log. Each entry's hash covers the previous entry's
-- hash, so changing or removing any entry breaks the chain from there on
-- (kezekctl audit verify names the first broken entry).

CREATE TABLE audit_log (
    seq       BIGINT PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('audit', 0);
