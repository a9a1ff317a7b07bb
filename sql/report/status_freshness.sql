-- dateline status: how current the warehouse is.
SELECT newest_published_date, newest_event_date, last_run_finished_at, articles, events, actors FROM data_freshness;
