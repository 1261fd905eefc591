-- The cache, version 12: case_words holds the keys of the names' words
-- (core/names/namekey.h) rather than the words, so that a person is found
-- however the name was written (Мюллер, Müller, MUELLER; Әлиев, Aliyev).
-- The cases already cached are indexed again when the cache is next opened.
INSERT OR REPLACE INTO meta (key, value) VALUES ('words-stale', '1');
