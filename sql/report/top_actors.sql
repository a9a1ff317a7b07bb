-- Report chart: the most mentioned people and organisations.
SELECT ac.name AS actor, ac.actor_type, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM mentions AS m
JOIN actors AS ac USING (actor_id)
WHERE ac.actor_type IN ('person', 'organization')
GROUP BY ALL
ORDER BY mentions DESC, actor
LIMIT 15;
