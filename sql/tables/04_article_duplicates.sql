-- Places where an already-loaded article turned up again.
CREATE TABLE article_duplicates (
    input_path   VARCHAR NOT NULL,
    record_no    BIGINT NOT NULL,
    external_id  VARCHAR NOT NULL,
    duplicate_of VARCHAR NOT NULL,
    run_id       VARCHAR NOT NULL,
    PRIMARY KEY (input_path, record_no)
);

INSERT INTO article_duplicates
SELECT input_path, record_no, external_id, duplicate_of, run_id
FROM lake_article_duplicates
ORDER BY input_path, record_no;

COMMENT ON TABLE article_duplicates IS 'Exact duplicates: an input record whose normalised content and publisher equal an article already loaded. Recorded here instead of loaded twice.';
COMMENT ON COLUMN article_duplicates.input_path IS 'Input file the duplicate was read from.';
COMMENT ON COLUMN article_duplicates.record_no IS 'Position of the duplicate in its input file, from 1.';
COMMENT ON COLUMN article_duplicates.external_id IS 'The id the duplicate came with (record id or file name).';
COMMENT ON COLUMN article_duplicates.duplicate_of IS 'The article it duplicates (articles.article_id).';
COMMENT ON COLUMN article_duplicates.run_id IS 'Run that found the duplicate (runs.run_id).';
