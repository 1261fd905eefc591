-- Each outside system signs in with its own credential: a system user names
-- the one integration it is (egov, kqp, nsc, checks, courier, scheduler), and
-- may send only that integration's messages.

ALTER TABLE users ADD COLUMN integration TEXT;
