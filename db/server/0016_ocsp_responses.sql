-- The OCSP response a signing certificate was found unrevoked by is kept as
-- a CRL is: the whole response (DER) as the responder signed it, once however
-- many decisions it answered for (a response is cached until its nextUpdate),
-- so that `openssl ocsp -respin` checks it in ten years without the network.
-- Which of the two a kept answer is: 'crl' (every one kept before) or 'ocsp'.
ALTER TABLE revocation_lists ADD COLUMN kind TEXT NOT NULL DEFAULT 'crl';
