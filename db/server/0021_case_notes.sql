-- Version 21: internal notes on a case (issue 31, point 3), a word from one
-- member of staff to the next for a hand-over. Not a step of the law: a note
-- is kept beside its case, never in the case's body or history, so no letter,
-- notice, eGov answer or export that reads the case carries it. The id is
-- made by the writer's workstation, so a note sent again is kept once. The
-- city is the case's, for the notes feed to read only the caller's city.
-- `revision` is taken from the server's one revision counter (as escalations
-- do), so that a workstation asking for the notes after its cursor never
-- misses one committed later.
CREATE TABLE case_notes (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL,
    city        TEXT NOT NULL,
    author_id   TEXT NOT NULL,
    author_name TEXT NOT NULL,
    author_role TEXT NOT NULL,
    made_at     TEXT NOT NULL,
    received_at TEXT NOT NULL,
    text        TEXT NOT NULL,
    revision    BIGINT NOT NULL
);
CREATE INDEX case_notes_revision ON case_notes (revision);
CREATE INDEX case_notes_city ON case_notes (city, revision);
CREATE INDEX case_notes_case ON case_notes (case_id);
