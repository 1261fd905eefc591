-- The cache, version 11: escalations told to this officer or supervisor
-- (issue 30, point 3), fetched at each sync after the cursor kept in meta.
-- Whether one was read is kept here only (read_at, UTC ISO 8601; NULL:
-- unread): it is this person's own list on their own workstation.
CREATE TABLE notifications (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL,
    case_number TEXT NOT NULL,
    clock       TEXT NOT NULL,
    level       TEXT NOT NULL,
    due         TEXT NOT NULL,
    raised_at   TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    read_at     TEXT
);
CREATE INDEX notifications_raised ON notifications (raised_at);
INSERT INTO meta (key, value) VALUES ('notifications-cursor', '0');
