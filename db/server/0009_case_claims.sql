-- Case claims: an officer takes a case for a while (a lease) so that two
-- people do not work it at once. A claim past its end is nobody's; claiming
-- again extends it. Times are UTC in ISO 8601, which sort as text.

CREATE TABLE claims (
    case_id    TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX claims_expires ON claims (expires_at);
