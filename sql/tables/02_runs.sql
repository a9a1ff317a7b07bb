-- One row per ETL run, from the lake's runs table.
CREATE TABLE runs (
    run_id             VARCHAR PRIMARY KEY,
    started_at         TIMESTAMPTZ NOT NULL,
    finished_at        TIMESTAMPTZ,
    status             VARCHAR NOT NULL,
    inputs             VARCHAR[],
    files_read         BIGINT,
    inputs_new         BIGINT,
    inputs_changed     BIGINT,
    inputs_unchanged   BIGINT,
    records_read       BIGINT,
    articles_added     BIGINT,
    articles_unchanged BIGINT,
    duplicates         BIGINT,
    rejects            BIGINT,
    dateparser_calls   BIGINT,
    warnings           VARCHAR[]
);

INSERT INTO runs
SELECT run_id, started_at, finished_at, status, inputs, files_read, inputs_new, inputs_changed, inputs_unchanged,
       records_read, articles_added,
       articles_unchanged, duplicates, rejects, dateparser_calls, warnings
FROM lake_runs
ORDER BY started_at;

COMMENT ON TABLE runs IS 'Audit log of ETL runs (dateline run / the dateline-etl flow): what each run read and what it added.';
COMMENT ON COLUMN runs.run_id IS 'Id of the run (the Prefect flow run id when run under Prefect).';
COMMENT ON COLUMN runs.started_at IS 'When the run started (UTC); also the ingested_at of the articles it added.';
COMMENT ON COLUMN runs.finished_at IS 'When the run finished loading the lake (UTC).';
COMMENT ON COLUMN runs.status IS 'succeeded, or failed when the warehouse build after the lake load failed.';
COMMENT ON COLUMN runs.inputs IS 'Input paths given to the run (files or directories).';
COMMENT ON COLUMN runs.files_read IS 'Number of input files read (new and changed ones; unchanged inputs are not read again).';
COMMENT ON COLUMN runs.inputs_new IS 'Input files seen for the first time.';
COMMENT ON COLUMN runs.inputs_changed IS 'Input files whose bytes changed since their last load (their old rows were replaced), or every known input under --full-refresh.';
COMMENT ON COLUMN runs.inputs_unchanged IS 'Input files with the same bytes as at their last load: skipped.';
COMMENT ON COLUMN runs.records_read IS 'Number of records read (articles plus rejects) across all input files.';
COMMENT ON COLUMN runs.articles_added IS 'Articles this run added to the lake (new article_id).';
COMMENT ON COLUMN runs.articles_unchanged IS 'Articles read again (from a changed or re-read input) that were already loaded from the same place.';
COMMENT ON COLUMN runs.duplicates IS 'Articles found at a new place with the content of an article already loaded (see article_duplicates).';
COMMENT ON COLUMN runs.rejects IS 'Records or files this run could not load (see rejects).';
COMMENT ON COLUMN runs.dateparser_calls IS 'How many date strings needed the slow dateparser path (the rest used fast patterns or the cache).';
COMMENT ON COLUMN runs.warnings IS 'Warnings of the run summary, e.g. inputs that were rejected.';
