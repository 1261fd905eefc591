-- Version 3: every word of every applicant's name (lowercased, split at spaces
-- and hyphens), so that a search by any part of a name (a given name, the
-- second half of a double surname) is an index range, not a pass over every
-- case. The cases already cached are indexed when the cache is next opened.
CREATE TABLE case_words (
    word    TEXT NOT NULL,
    case_id TEXT NOT NULL,
    PRIMARY KEY (word, case_id)
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('words-stale', '1');
