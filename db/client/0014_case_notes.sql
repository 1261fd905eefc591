-- The cache, version 14: internal notes on cases (issue 31, point 3). A note
-- written here is kept at once as 'pending' (shown as not yet sent, sent at
-- the next sync, once: its id is made here); the server's answer makes it
-- 'sent' with the notes feed's revision, or 'rejected' with the reason in
-- `answer`. Notes of colleagues come from the notes feed, after the cursor
-- kept in meta, as 'sent'. Kept beside the case, never in its body: nothing
-- that prints or exports a case reads this table.
CREATE TABLE notes (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL,
    author_id   TEXT NOT NULL,
    author_name TEXT NOT NULL,
    author_role TEXT NOT NULL,
    made_at     TEXT NOT NULL,
    text        TEXT NOT NULL,
    status      TEXT NOT NULL,
    answer      TEXT,
    revision    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_case ON notes (case_id, made_at);
CREATE INDEX notes_status ON notes (status, made_at);
INSERT INTO meta (key, value) VALUES ('notes-cursor', '0');
