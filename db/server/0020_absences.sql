-- Version 20 (issue 31, point 2): work in bulk and absence.
-- An officer or CSC operator marked absent by their city's supervisor, from
-- the first day to the last (Kazakhstan's days, both included, ISO dates,
-- which sort as text). Whether two absences of one person overlap is the
-- domain's rule (core/domain/absence.h), checked inside the write that keeps
-- the new one, under the person's own row lock.
CREATE TABLE absences (
    id        TEXT PRIMARY KEY,
    user_id   TEXT NOT NULL,
    city      TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL,
    marked_by TEXT NOT NULL,
    marked_at TEXT NOT NULL
);
CREATE INDEX absences_user ON absences (user_id, starts_on);
CREATE INDEX absences_city ON absences (city, ends_on);

-- A supervisor's give of one case, by the request id the workstation made
-- for it: a request sent again (its answer lost on the way) is answered as
-- the first was, and the case is given, and audited, once.
CREATE TABLE give_requests (
    request_id TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    case_id    TEXT NOT NULL,
    answer     TEXT NOT NULL,
    made_at    TEXT NOT NULL
);
