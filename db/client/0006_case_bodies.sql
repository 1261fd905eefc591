-- The cache, version 6: a case's text moves out of the table the queues read.
-- With the text inline, a row took half a page, so a queue page or a search's
-- 500 matches decrypted hundreds of pages, and each queue index built after a
-- first sync read every case's text again. The queues' table is now about a
-- tenth of that; the text sits beside it, keyed by the row's own number.
-- `seq` is an INTEGER PRIMARY KEY so that it never changes, not even on a
-- VACUUM (a bare rowid may).

CREATE TABLE case_rows (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    number          TEXT NOT NULL,
    city            TEXT NOT NULL,
    state           TEXT NOT NULL,
    version         INTEGER NOT NULL,
    iin             TEXT NOT NULL,
    passport_number TEXT NOT NULL,
    permit_number   TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL,
    received_on     TEXT NOT NULL
);
INSERT INTO case_rows (seq, id, number, city, state, version, iin, passport_number, permit_number, name, received_on)
    SELECT rowid, id, number, city, state, version, iin, passport_number, permit_number, name, received_on FROM cases;

CREATE TABLE case_bodies (
    case_seq INTEGER PRIMARY KEY,
    body     TEXT NOT NULL
);
INSERT INTO case_bodies (case_seq, body) SELECT rowid, body FROM cases;

DROP TABLE cases;
ALTER TABLE case_rows RENAME TO cases;
CREATE INDEX cases_number ON cases (number);
CREATE INDEX cases_iin ON cases (iin);
CREATE INDEX cases_passport ON cases (passport_number);
CREATE INDEX cases_name ON cases (name);
CREATE INDEX cases_state ON cases (state, received_on);
CREATE INDEX cases_permit ON cases (permit_number) WHERE permit_number <> '';

-- A first sync cut short had dropped the indexes to build them at the end;
-- they are all here now, and only the name words are left to find.
UPDATE meta SET value = '[]' WHERE key = 'bulk-indexes';
