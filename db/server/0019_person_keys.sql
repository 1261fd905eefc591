-- Version 19: each case's applicant as a person is compared (issue 31 point 5):
-- the date of birth and the keys of the name's words, however the name was
-- written (core/domain/possibleduplicates.h), so that intake finds the same
-- person under another IIN or passport by an index. The key is made by the
-- program (ICU), not by SQL: the cases already kept get theirs when a server
-- of this version first opens the database (counter person-keys-pending at 1;
-- a database without cases has none pending, and stays empty for a site's copy).
ALTER TABLE cases ADD COLUMN person_key TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_person_key ON cases (person_key);
INSERT INTO counters (name, value)
SELECT 'person-keys-pending', CASE WHEN EXISTS (SELECT 1 FROM cases) THEN 1 ELSE 0 END;
