-- Who read which cases, aggregated: one row per session, period and case,
-- however often the session read it then (a workstation polls). Written
-- before the answer that shows the cases; summed into the audit chain, one
-- entry per session and period, once the period is over (chained = 1).
CREATE TABLE audit_reads (
    session  TEXT NOT NULL,
    period   TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    case_id  TEXT NOT NULL,
    reads    BIGINT NOT NULL,
    first_at TEXT NOT NULL,
    last_at  TEXT NOT NULL,
    chained  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session, period, case_id)
);
CREATE INDEX audit_reads_unchained ON audit_reads (chained, period);
CREATE INDEX audit_reads_case ON audit_reads (case_id);
