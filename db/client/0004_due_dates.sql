-- Version 4: each case's first running duty deadline, worked out from its
-- clocks after a sync and kept with the version and stage it was worked out
-- for, so that an overdue queue and the "due within a working day" notice
-- are index ranges instead of a pass over every case. `due` is '' when no
-- duty clock runs.
CREATE TABLE case_due (
    case_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    state   TEXT NOT NULL,
    due     TEXT NOT NULL,
    clock   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX case_due_state ON case_due (state, due);
CREATE INDEX case_due_due ON case_due (due);
