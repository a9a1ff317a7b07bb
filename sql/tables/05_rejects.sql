-- Input that could not be loaded, with the reason.
CREATE TABLE rejects (
    reject_id   VARCHAR PRIMARY KEY,
    input_path  VARCHAR NOT NULL,
    record_no   BIGINT,
    stage       VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    raw_sha256  VARCHAR NOT NULL,
    raw_size    BIGINT NOT NULL,
    raw_excerpt BLOB,
    article_id  VARCHAR,
    sub_stage   VARCHAR,
    code_version VARCHAR,
    run_id      VARCHAR NOT NULL
);

INSERT INTO rejects
SELECT reject_id, input_path, record_no, stage, reason, raw_sha256, raw_size, raw_excerpt, article_id, sub_stage,
       code_version, run_id
FROM lake_rejects
ORDER BY input_path, record_no NULLS FIRST, stage;

COMMENT ON TABLE rejects IS 'Input files and records that could not become articles (empty, binary, malformed, too large, no text column, only boilerplate...), and articles whose enrichment failed (stage enrich: the article is loaded without what failed). Every input is either in articles, article_duplicates or here.';
COMMENT ON COLUMN rejects.reject_id IS 'Stable id: hash of input path, record, stage, reason and the rejected bytes.';
COMMENT ON COLUMN rejects.input_path IS 'Input file the rejected data came from.';
COMMENT ON COLUMN rejects.record_no IS 'Position of the rejected record in its file, from 1; NULL when the whole file was rejected.';
COMMENT ON COLUMN rejects.stage IS 'Stage that rejected it: read (file level: size, gzip), decode (empty, binary), parse (JSON/CSV/HTML structure), normalise (no text left), or enrich (an error while extracting actors or events of an article that is loaded all the same).';
COMMENT ON COLUMN rejects.reason IS 'Why it was rejected, in words; for enrich, the exception''s type and message.';
COMMENT ON COLUMN rejects.raw_sha256 IS 'SHA-256 of the rejected bytes (the whole file or the record), a pointer to the original.';
COMMENT ON COLUMN rejects.raw_size IS 'Size of the rejected bytes.';
COMMENT ON COLUMN rejects.raw_excerpt IS 'First 4 KiB of the rejected bytes.';
COMMENT ON COLUMN rejects.article_id IS 'enrich only: the article (articles.article_id) loaded without the part of its enrichment that failed; NULL otherwise.';
COMMENT ON COLUMN rejects.sub_stage IS 'enrich only: what failed: actors (mentions; nothing else of the article is then extracted), article_countries or events; NULL otherwise.';
COMMENT ON COLUMN rejects.code_version IS 'enrich only: fingerprint of the extraction code and reference data (inputs.reference_sha256) that failed; a release with another one extracts the article again.';
COMMENT ON COLUMN rejects.run_id IS 'Run that first rejected it (runs.run_id).';
