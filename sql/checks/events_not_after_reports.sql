-- severity: error
-- No past event is dated after the newest article that reports it.
SELECT e.event_id, e.event_date, max(a.published_date) AS newest_report
FROM events AS e
JOIN event_mentions AS m USING (event_id)
JOIN articles AS a USING (article_id)
WHERE NOT e.is_future
GROUP BY e.event_id, e.event_date
HAVING e.event_date > max(a.published_date);
