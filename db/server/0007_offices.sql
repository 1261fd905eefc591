-- Offices: a city's Migration Service Department or a Public Service Center
-- (CSC). Officers and supervisors belong to a department, CSC operators to a
-- CSC; a user's city is their office's.

CREATE TABLE offices (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    city       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

ALTER TABLE users ADD COLUMN office TEXT;
