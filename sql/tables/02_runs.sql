-- One row per ETL run, from the lake's runs table.
INSERT INTO runs
SELECT run_id, started_at, finished_at, status, inputs, files_read, inputs_new, inputs_changed, inputs_unchanged,
       feeds, http_requests, records_read, articles_added, articles_unchanged, duplicates, rejects, actors_added,
       events_added, enrich_failures, backfill_since, backfill_until, dateparser_calls, warnings
FROM lake_runs
ORDER BY started_at;
