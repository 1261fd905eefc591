-- Version 22: the exports workstations report (issue 31 point 4). A list
-- written to a file leaves the encrypted cache; the workstation queues a
-- record of it and sends it with the next sync, maybe more than once when an
-- answer is lost: each export's client-made id is kept here, so that it is
-- entered in the audit chain exactly once.
CREATE TABLE audit_exports (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL,
    received_at TEXT NOT NULL
);
