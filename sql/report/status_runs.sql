-- dateline status: the last runs, newest first.
SELECT run_id, started_at, round(epoch(finished_at) - epoch(started_at), 1) AS seconds, status,
       inputs_new, inputs_changed, inputs_unchanged, feeds, articles_added, duplicates, rejects, actors_added,
       events_added
FROM runs
ORDER BY started_at DESC
LIMIT ?;
