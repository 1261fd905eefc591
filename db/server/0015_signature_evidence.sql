-- What a decision's signature rests on beyond itself: the trusted time it
-- was signed at, and the signature as kept with that time's token inside
-- (the site TSA's, carried from the workstation, or the server's archive
-- timestamp on receipt); and the revocation list the signing certificate was
-- found unrevoked by, as its authority signed it, so that the decision can be
-- checked again in ten years without the network. Kept when the signature is
-- admitted, before the command is judged, so that what was checked is what
-- is exported.
CREATE TABLE signature_evidence (
    command_id  TEXT PRIMARY KEY,
    signature   TEXT NOT NULL, -- base64 of the CMS with its timestamp token
    time_source TEXT NOT NULL, -- 'tsa' or 'archive'
    trusted_at  TEXT NOT NULL, -- the token's time, ISO 8601 UTC
    tsa         TEXT NOT NULL, -- the TSA's subject
    revocation_source TEXT NOT NULL DEFAULT '', -- 'crl', or '' when the site checks none
    revocation  TEXT NOT NULL DEFAULT ''        -- base64 of the CRL (DER)
);
