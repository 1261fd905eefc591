-- Escalations (issue 30, point 3): an officer's duty clock that entered its
-- warning or was breached, told to the case's holder and its city's
-- supervisors. One row per case, run of a clock and level, whichever server
-- saw it first: the unique key makes every other server's insert do nothing,
-- and only the insert that won writes the recipients and the audit entry, in
-- its transaction. `revision` is taken from the server's one revision
-- counter, so that a workstation asking for what came after its cursor never
-- misses one committed later.
CREATE TABLE escalations (
    id        TEXT PRIMARY KEY,
    case_id   TEXT NOT NULL,
    city      TEXT NOT NULL,
    clock     TEXT NOT NULL,
    started   TEXT NOT NULL,
    level     TEXT NOT NULL,
    due       TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    revision  BIGINT NOT NULL,
    UNIQUE (case_id, clock, started, level)
);

CREATE TABLE escalation_recipients (
    escalation_id TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    revision      BIGINT NOT NULL,
    PRIMARY KEY (escalation_id, user_id)
);
CREATE INDEX escalation_recipients_user ON escalation_recipients (user_id, revision);
