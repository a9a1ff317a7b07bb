-- severity: error
-- Mentions point at existing articles and actors.
SELECT m.article_id, m.actor_id, m.start_char
FROM mentions AS m
LEFT JOIN articles AS a USING (article_id)
LEFT JOIN actors AS ac USING (actor_id)
WHERE a.article_id IS NULL OR ac.actor_id IS NULL;
