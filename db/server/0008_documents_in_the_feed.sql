-- A scan takes a revision when it is stored, so the changes feed brings its
-- metadata to every workstation that may see its case, in order with the
-- cases themselves.

ALTER TABLE documents ADD COLUMN revision BIGINT;
CREATE INDEX documents_revision ON documents (revision);
