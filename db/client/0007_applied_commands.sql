-- The cache, version 7: a command the server applied stays in the outbox,
-- marked applied with the version of the case it made, until a pull brings
-- that version. Until then the case is shown as the command left it; before,
-- a pull cut short showed the case as if the officer had done nothing.

ALTER TABLE outbox ADD COLUMN applied_version INTEGER;
