-- Reporting: event counts by period (day, week, month) x PLOVER category x QuadClass.
CREATE VIEW event_counts AS
WITH past AS (
    SELECT e.*, t.quad_class_name FROM events AS e JOIN event_types AS t USING (cameo_code)
    WHERE e.event_date IS NOT NULL AND NOT e.is_future
)
SELECT grain, CAST(date_trunc(grain, event_date) AS DATE) AS period_start, category, quad_class, quad_class_name,
       count(*) AS events, sum(num_articles) AS article_reports, round(avg(goldstein), 2) AS mean_goldstein
FROM past, (VALUES ('day'), ('week'), ('month')) AS grains(grain)
GROUP BY ALL
ORDER BY grain, period_start, category;

COMMENT ON VIEW event_counts IS 'Past, dated events counted per period at three grains (filter on grain = day, week or month) x PLOVER category x QuadClass.';
COMMENT ON COLUMN event_counts.grain IS 'day, week (ISO weeks, starting Monday) or month.';
COMMENT ON COLUMN event_counts.period_start IS 'First day of the period.';
COMMENT ON COLUMN event_counts.category IS 'PLOVER category.';
COMMENT ON COLUMN event_counts.quad_class IS 'QuadClass 1-4.';
COMMENT ON COLUMN event_counts.quad_class_name IS 'verbal/material cooperation/conflict.';
COMMENT ON COLUMN event_counts.events IS 'Number of events.';
COMMENT ON COLUMN event_counts.article_reports IS 'Sum of the events'' num_articles (how much coverage they got).';
COMMENT ON COLUMN event_counts.mean_goldstein IS 'Mean Goldstein score.';
