-- Each applied command names the case version it made and the parts of the
-- case it changed, so that a command made on an older version can be judged
-- by what changed since (the domain's commuting rules). One case version is
-- made by one command: the unique index refuses a second, whatever server
-- tries. Rows from before keep NULL, which such an index allows many of.

ALTER TABLE commands ADD COLUMN version INTEGER;
ALTER TABLE commands ADD COLUMN touches TEXT;
CREATE UNIQUE INDEX commands_case_version ON commands (case_id, version);
