-- Decisions are signed with the officer's digital signature (CMS over the
-- command's exact bytes). The server keeps, for each officer, the signing
-- certificate registered by an administrator, and with each signed command
-- the bytes and the signature, so a decision can be exported and checked by
-- anyone with `openssl cms -verify`.

CREATE TABLE signing_certificates (
    user_id       TEXT PRIMARY KEY,
    certificate   TEXT NOT NULL,
    registered_at TEXT NOT NULL
);

ALTER TABLE commands ADD COLUMN signed_content TEXT;
ALTER TABLE commands ADD COLUMN signature TEXT;
