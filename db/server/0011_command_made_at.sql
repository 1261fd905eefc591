-- When each act was made, as its command says (an officer's offline decision
-- is dated when made, not when synced), beside when the server received it.
-- NULL: the command named no moment, and counts from its receipt.

ALTER TABLE commands ADD COLUMN made_at TEXT;
