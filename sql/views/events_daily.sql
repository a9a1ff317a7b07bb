-- Reporting: event counts by day, PLOVER category and QuadClass.
CREATE VIEW events_daily AS
SELECT
    e.event_date,
    e.category,
    e.quad_class,
    t.quad_class_name,
    count(*)                  AS events,
    sum(e.num_mentions)       AS mentions,
    round(avg(e.goldstein), 2) AS mean_goldstein
FROM events AS e
JOIN event_types AS t USING (cameo_code)
WHERE e.event_date IS NOT NULL AND NOT e.is_future
GROUP BY ALL
ORDER BY e.event_date, e.category;

COMMENT ON VIEW events_daily IS 'Past events per day, PLOVER category and QuadClass (undated and intended events left out). Roll up to week or month with date_trunc.';
COMMENT ON COLUMN events_daily.event_date IS 'Day of the events (a week/month/year-precise event counts on its first day).';
COMMENT ON COLUMN events_daily.category IS 'PLOVER category.';
COMMENT ON COLUMN events_daily.quad_class IS 'QuadClass 1-4.';
COMMENT ON COLUMN events_daily.quad_class_name IS 'verbal/material cooperation/conflict.';
COMMENT ON COLUMN events_daily.events IS 'Number of events.';
COMMENT ON COLUMN events_daily.mentions IS 'Number of reports of those events.';
COMMENT ON COLUMN events_daily.mean_goldstein IS 'Mean Goldstein score of the events.';
