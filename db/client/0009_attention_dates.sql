-- The cache, version 9: beside each case's first running duty deadline, the
-- first day its chip turns amber by the clock's own warning threshold, so
-- that the chips, the deadline banner and the overdue queue count by one
-- threshold. Every kept deadline is worked out again at the next sync.
ALTER TABLE case_due ADD COLUMN attention TEXT NOT NULL DEFAULT '';
CREATE INDEX case_due_attention ON case_due (state, attention);
UPDATE case_due SET version = -1;
