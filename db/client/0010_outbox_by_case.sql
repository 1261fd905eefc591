-- The cache, version 10: the outbox found by case. Each row of a queue on
-- screen asks for its case's waiting steps; after a day's work offline the
-- outbox holds hundreds of steps, and each row no longer reads them all.
CREATE INDEX outbox_case ON outbox (case_id, seq);
