-- The cache, version 16: the dashboard keeps the cases it read (issue 30) and
-- after a sync asks only which of them changed: every case's row and version,
-- of the supervisor's city, in the rows' order. This index answers that from
-- its own pages, a fraction of the table's, so the question costs a few
-- milliseconds, not a read of every row.
CREATE INDEX cases_city_seq ON cases (city, seq, version);
