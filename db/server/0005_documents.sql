-- Scans of documents, addressed by the SHA-256 of their bytes: the eGov
-- filing's copies and the CSC's scans of originals. A scan belongs to the case
-- it was filed for; whoever may see the case may download it.

CREATE TABLE documents (
    sha256       TEXT NOT NULL,
    case_id      TEXT NOT NULL,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         BIGINT NOT NULL,
    content      BLOB NOT NULL,
    uploaded_by  TEXT NOT NULL,
    uploaded_at  TEXT NOT NULL,
    PRIMARY KEY (sha256, case_id)
);
CREATE INDEX documents_case ON documents (case_id);
