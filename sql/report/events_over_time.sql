-- Report chart: past events per month and QuadClass.
SELECT CAST(date_trunc('month', event_date) AS DATE) AS month, quad_class, count(*) AS events
FROM events
WHERE event_date IS NOT NULL AND NOT is_future
GROUP BY ALL
ORDER BY month, quad_class;
