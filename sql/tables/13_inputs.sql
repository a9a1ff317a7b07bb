-- State of incremental loading: every input file seen and what it held when last loaded.
CREATE TABLE inputs (
    input_path         VARCHAR PRIMARY KEY,
    content_sha256     VARCHAR NOT NULL,
    reference_sha256   VARCHAR,
    size_bytes         BIGINT NOT NULL,
    first_seen         TIMESTAMPTZ NOT NULL,
    last_seen          TIMESTAMPTZ NOT NULL,
    last_loaded_run_id VARCHAR,
    status             VARCHAR NOT NULL,
    articles           BIGINT NOT NULL,
    rejects            BIGINT NOT NULL
);

INSERT INTO inputs
SELECT input_path, content_sha256, reference_sha256, size_bytes, first_seen, last_seen, last_loaded_run_id, status, articles, rejects
FROM lake_inputs
ORDER BY input_path;

COMMENT ON TABLE inputs IS 'Input files Dateline has seen: a run reads only new files, files whose bytes changed (content_sha256) and files enriched with other reference data or extraction code (reference_sha256); a file read again replaces its old rows.';
COMMENT ON COLUMN inputs.input_path IS 'Path of the input file as given to dateline run.';
COMMENT ON COLUMN inputs.content_sha256 IS 'SHA-256 of the file''s bytes when last seen.';
COMMENT ON COLUMN inputs.reference_sha256 IS 'SHA-256 of the reference data (seeds: actors, aliases, roles, places, sources, event types) and the extraction code (normalisation, actors, events) the file''s articles were enriched with; when either changes, the next run reads and enriches the file again. NULL: loaded before Dateline recorded it.';
COMMENT ON COLUMN inputs.size_bytes IS 'Size of the file when last seen.';
COMMENT ON COLUMN inputs.first_seen IS 'Start of the first run that saw the file (UTC).';
COMMENT ON COLUMN inputs.last_seen IS 'Start of the last run that saw the file (UTC).';
COMMENT ON COLUMN inputs.last_loaded_run_id IS 'Last run that read the file (runs.run_id).';
COMMENT ON COLUMN inputs.status IS 'loaded, or rejected when nothing of it could be loaded.';
COMMENT ON COLUMN inputs.articles IS 'Articles read from the file at its last load (duplicates included).';
COMMENT ON COLUMN inputs.rejects IS 'Records or files rejected at its last load.';
