-- What a decision's signature rests on beyond itself: the trusted time it
-- was signed at, and the signature as kept with that time's token inside
-- (the site TSA's, carried from the workstation, or the server's archive
-- timestamp on receipt); and the revocation list the signing certificate was
-- found unrevoked by, as its authority signed it, so that the decision can be
-- checked again in ten years without the network. Kept when the signature is
-- admitted, before the command is judged; a command's evidence is the one
-- whose received signature is the one the command was stored with.
CREATE TABLE revocation_lists (
    sha256 TEXT PRIMARY KEY, -- of the DER: a list is kept once, however many decisions it checked
    der    TEXT NOT NULL     -- base64
);

CREATE TABLE signature_evidence (
    command_id  TEXT NOT NULL,
    received_sha256 TEXT NOT NULL, -- of the signature as the officer sent it
    received    TEXT NOT NULL, -- base64 of that signature, as commands.signature keeps it
    signature   TEXT NOT NULL, -- base64 of the CMS with its timestamp token
    time_source TEXT NOT NULL, -- 'tsa' or 'archive'
    trusted_at  TEXT NOT NULL, -- the token's time, ISO 8601 UTC
    tsa         TEXT NOT NULL, -- the TSA's subject
    revocation_sha256 TEXT NOT NULL DEFAULT '', -- the list in revocation_lists; '' when the site checks none
    PRIMARY KEY (command_id, received_sha256)
);
