-- Report chart: past events per month and QuadClass, over the months the articles were published in
-- (an event an article dates years earlier is listed below the chart, not plotted: older_events.sql).
WITH span AS (
    SELECT CAST(date_trunc('month', min(published_date)) AS DATE) AS first_month,
           CAST(date_trunc('month', max(published_date)) AS DATE) AS last_month
    FROM articles
)
SELECT CAST(date_trunc('month', e.event_date) AS DATE) AS month, e.quad_class, count(*) AS events
FROM events AS e, span
WHERE e.event_date IS NOT NULL AND NOT e.is_future
  AND e.event_date >= span.first_month AND e.event_date < span.last_month + INTERVAL 1 MONTH
GROUP BY ALL
ORDER BY month, e.quad_class;
