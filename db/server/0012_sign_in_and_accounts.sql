-- Sign-in attempts, by the user name as typed, whether an account has it or
-- not: a name is locked after five wrong passwords in the same way for a real
-- account and for a made-up one, so a 423 tells nobody which names exist. An
-- attempt is counted before its password is checked, in one statement, so
-- that guesses sent at once cannot check more passwords than the limit.
CREATE TABLE sign_in_guard (
    name         TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until TEXT,
    updated_at   TEXT NOT NULL
);

-- Accounts an administrator disabled (their sessions end with it), and
-- one-time passwords the user must change before anything else.
ALTER TABLE users ADD COLUMN disabled_at TEXT;
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

-- Expired sessions are purged.
CREATE INDEX sessions_expiry ON sessions (expires_at);
