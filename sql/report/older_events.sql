-- Report table: events dated before the month of the first article (history the articles recall), newest first.
SELECT t.event_date, t.date_precision, t.actor, t.verb, t.recipient, t.num_articles
FROM event_timeline AS t
WHERE t.event_date < (SELECT date_trunc('month', min(published_date)) FROM articles)
ORDER BY t.event_date DESC, t.num_articles DESC, t.event_id
LIMIT 25;
