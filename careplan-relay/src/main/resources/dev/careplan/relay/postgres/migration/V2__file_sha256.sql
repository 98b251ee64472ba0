-- The SHA-256 of each file, recorded when it is stored, so that a download announces it without reading the bytes
-- (units stored before this column have none: it is computed from the chunks when asked for).
ALTER TABLE relay_file ADD COLUMN sha256 text;
