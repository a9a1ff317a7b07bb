-- Reporting: how current the warehouse is.
CREATE VIEW data_freshness AS
WITH last_run AS (
    SELECT * FROM runs WHERE status = 'succeeded' ORDER BY started_at DESC LIMIT 1
)
SELECT
    (SELECT max(published_date) FROM articles)        AS newest_published_date,
    (SELECT max(event_date) FROM events WHERE NOT is_future) AS newest_event_date,
    l.run_id                                          AS last_run_id,
    l.finished_at                                     AS last_run_finished_at,
    l.articles_added                                  AS last_run_articles_added,
    l.rejects                                         AS last_run_rejects,
    (SELECT count(*) FROM articles)                   AS articles,
    (SELECT count(*) FROM events)                     AS events,
    (SELECT count(DISTINCT actor_id) FROM mentions)   AS actors
FROM last_run AS l;

COMMENT ON VIEW data_freshness IS 'One row: the newest publication and event dates, the last successful run and what it added, and table sizes.';
COMMENT ON COLUMN data_freshness.newest_published_date IS 'Latest articles.published_date.';
COMMENT ON COLUMN data_freshness.newest_event_date IS 'Latest date of a past event.';
COMMENT ON COLUMN data_freshness.last_run_id IS 'The last successful run (runs.run_id).';
COMMENT ON COLUMN data_freshness.last_run_finished_at IS 'When it finished loading (UTC).';
COMMENT ON COLUMN data_freshness.last_run_articles_added IS 'Articles it added.';
COMMENT ON COLUMN data_freshness.last_run_rejects IS 'Records it rejected.';
COMMENT ON COLUMN data_freshness.articles IS 'Articles in the warehouse.';
COMMENT ON COLUMN data_freshness.events IS 'Events in the warehouse.';
COMMENT ON COLUMN data_freshness.actors IS 'Actors found in the articles (distinct mentions.actor_id), not the size of the dictionary.';
