-- Version 19: each case's applicant as a person is compared (issue 31 point 5):
-- the date of birth and the keys of the name's words, however the name was
-- written (core/domain/possibleduplicates.h), so that intake finds the same
-- person under another IIN or passport by an index. The key is made by the
-- program (ICU), not by SQL: the cases already kept get theirs when a server
-- of this version first opens the database (counter person-keys at 0).
ALTER TABLE cases ADD COLUMN person_key TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_person_key ON cases (person_key);
INSERT INTO counters (name, value) VALUES ('person-keys', 0);
