-- severity: error
-- Event reports point at existing events and articles; events at existing actors.
SELECT m.event_id, m.article_id, 'event_mention' AS what
FROM event_mentions AS m
LEFT JOIN events AS e USING (event_id)
LEFT JOIN articles AS a USING (article_id)
WHERE e.event_id IS NULL OR a.article_id IS NULL
UNION ALL
SELECT e.event_id, NULL, 'event actor or recipient'
FROM events AS e
WHERE e.actor_id NOT IN (SELECT actor_id FROM actors)
   OR (e.recipient_id IS NOT NULL AND e.recipient_id NOT IN (SELECT actor_id FROM actors));
