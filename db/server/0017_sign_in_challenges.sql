-- The one-time challenges a sign-in with the authentication key signs (issue
-- 29, point 3), kept here rather than in a server's memory, so that a
-- challenge one server gave is accepted by another on the same database, once:
-- a sign-in deletes its challenge in the statement that reads it. Only the
-- challenge's SHA-256 is kept. Expired ones are purged with expired sessions.
CREATE TABLE sign_in_challenges (
    challenge_digest TEXT PRIMARY KEY,
    created_at       TEXT NOT NULL,
    expires_at       TEXT NOT NULL
);
CREATE INDEX sign_in_challenges_expiry ON sign_in_challenges (expires_at);
