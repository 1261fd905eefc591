-- Version 2: case claims and the server's clock.
-- Claims: this officer's (wanted until the server confirms it, then held;
-- release until the server has let it go) and other people's (taken), as the
-- server last told. Times are UTC in ISO 8601.
CREATE TABLE claims (
    case_id    TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    status     TEXT NOT NULL
);

-- How far the server's clock is ahead of this workstation's, in milliseconds,
-- as measured at the last sync: deadlines are counted on the server's time.
INSERT INTO meta (key, value) VALUES ('clock-offset-ms', '0');
