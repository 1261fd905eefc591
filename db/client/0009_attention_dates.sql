-- The cache, version 9: beside each case's first running duty deadline, the
-- first day its chip turns amber by the clock's own warning threshold, so
-- that the chips, the deadline banner and the overdue queue count by one
-- threshold; and the case's number, so that the overdue queue reads its
-- first page in order from one index however many cases it holds. Until the
-- next sync works every deadline out again, a deadline needs attention from
-- its due day, as before.
ALTER TABLE case_due ADD COLUMN attention TEXT NOT NULL DEFAULT '';
ALTER TABLE case_due ADD COLUMN number TEXT NOT NULL DEFAULT '';
UPDATE case_due SET attention = due,
    number = COALESCE((SELECT number FROM cases WHERE cases.id = case_due.case_id), ''),
    version = -1;
CREATE INDEX case_due_attention ON case_due (state, attention);
CREATE INDEX case_due_order ON case_due (due, number, state, attention);
