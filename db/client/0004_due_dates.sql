-- Version 4: each case's first running deadline, worked out from the case
-- after a sync (by the domain's clocks) and kept with the version it was
-- worked out for, so that an overdue queue and the "breaches tomorrow"
-- notice are one index range instead of a pass over every case. `due` is ''
-- when no duty clock runs.
CREATE TABLE case_due (
    case_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    due     TEXT NOT NULL,
    clock   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX case_due_due ON case_due (due);
