-- The cache, version 8: a case's text may be kept packed (zstd against a
-- dictionary of the case format, see casebodies.h) as a blob in
-- case_bodies.body; text kept before stays as it is. The version says so to
-- an older program, which then refuses the cache instead of showing cases it
-- cannot open. The dictionaries the cache may use are named here.
INSERT OR REPLACE INTO meta (key, value) VALUES ('body-dictionaries', '1');
