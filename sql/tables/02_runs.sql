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
    feeds              BIGINT,
    http_requests      BIGINT,
    records_read       BIGINT,
    articles_added     BIGINT,
    articles_unchanged BIGINT,
    duplicates         BIGINT,
    rejects            BIGINT,
    actors_added       BIGINT,
    events_added       BIGINT,
    enrich_failures    BIGINT,
    backfill_since     DATE,
    backfill_until     DATE,
    dateparser_calls   BIGINT,
    warnings           VARCHAR[]
);

INSERT INTO runs
SELECT run_id, started_at, finished_at, status, inputs, files_read, inputs_new, inputs_changed, inputs_unchanged,
       feeds, http_requests, records_read, articles_added, articles_unchanged, duplicates, rejects, actors_added,
       events_added, enrich_failures, backfill_since, backfill_until, dateparser_calls, warnings
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
COMMENT ON COLUMN runs.feeds IS 'Feed URLs given as inputs: each is fetched every run, with a conditional GET (feeds listed in a .urls file count with the files).';
COMMENT ON COLUMN runs.http_requests IS 'HTTP requests made for feeds, robots.txt and article pages (a 304 Not Modified counts as one).';
COMMENT ON COLUMN runs.actors_added IS 'Actors discovered in text that were not in the warehouse before (actors.origin = discovered).';
COMMENT ON COLUMN runs.events_added IS 'Events (event_id) that did not exist before the run; a new report of a known event adds to its num_mentions instead.';
COMMENT ON COLUMN runs.enrich_failures IS 'Articles loaded without part of their enrichment because extracting it raised an error (see rejects where stage = ''enrich'').';
COMMENT ON COLUMN runs.backfill_since IS 'For a backfill (dateline run --since/--until): first publication day loaded; NULL for a normal run.';
COMMENT ON COLUMN runs.backfill_until IS 'For a backfill: last publication day loaded; NULL for a normal run.';
COMMENT ON COLUMN runs.records_read IS 'Number of records read (articles plus rejects) across all input files.';
COMMENT ON COLUMN runs.articles_added IS 'Articles this run added to the lake (new article_id).';
COMMENT ON COLUMN runs.articles_unchanged IS 'Articles read again (from a changed or re-read input) that were already loaded from the same place.';
COMMENT ON COLUMN runs.duplicates IS 'Articles found at a new place with the content of an article already loaded (see article_duplicates).';
COMMENT ON COLUMN runs.rejects IS 'Records or files this run could not load (see rejects).';
COMMENT ON COLUMN runs.dateparser_calls IS 'How many date strings needed the slow dateparser path (the rest used fast patterns or the cache).';
COMMENT ON COLUMN runs.warnings IS 'Warnings of the run summary, e.g. inputs that were rejected.';
