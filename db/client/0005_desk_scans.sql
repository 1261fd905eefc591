-- Version 5: the CSC desk. Scans made at a desk (an original beside the copy
-- filed on eGov) wait here until the next sync has uploaded them, before the
-- commands that name them are sent; their bytes are sealed with the other
-- scans. `command_id` is the command that names the scan (taken back, the
-- scan goes too); `failure` is why the server would not take it, if it
-- would not (the command then meets the server's refusal in the outbox).
CREATE TABLE uploads (
    sha256       TEXT NOT NULL,
    case_id      TEXT NOT NULL,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    made_at      TEXT NOT NULL,
    command_id   TEXT NOT NULL,
    failure      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sha256, case_id)
);

-- An arriving applicant is found by the preliminary permit number on their
-- notice (§21). The cases cached before this version get theirs when the
-- cache is next opened.
ALTER TABLE cases ADD COLUMN permit_number TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_permit ON cases (permit_number) WHERE permit_number <> '';
INSERT INTO meta (key, value) VALUES ('permits-stale', '1');
