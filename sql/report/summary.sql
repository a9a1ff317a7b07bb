-- Report header: table sizes and freshness.
SELECT articles, events, actors, newest_published_date, last_run_finished_at FROM data_freshness;
