-- The cache, version 13: beside each case's text, what the oversight figures
-- read of it (core/domain/oversightdigest.h), a few hundred bytes, so that a
-- supervisor's dashboard over a city's cases (issue 30: 100,000 of them) reads
-- these instead of unpacking and decoding every case's text. A digest is
-- made the first time the dashboard reads a case at its version, and again
-- whenever the case changed since (its `version` is the case's): nothing at
-- a sync, which stays as fast as it was. It goes when its case goes.
CREATE TABLE case_oversight (
    case_seq INTEGER PRIMARY KEY REFERENCES cases (seq) ON DELETE CASCADE,
    version  INTEGER NOT NULL,
    digest   BLOB NOT NULL
);
