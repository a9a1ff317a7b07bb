-- severity: error
-- Article countries point at existing articles and country actors, and agree with mentions.
SELECT c.article_id, c.country_code, 'no such article or country' AS problem
FROM article_countries AS c
LEFT JOIN articles AS a USING (article_id)
LEFT JOIN actors AS ac ON ac.actor_id = c.country_code AND ac.actor_type = 'country'
WHERE a.article_id IS NULL OR ac.actor_id IS NULL
UNION ALL
SELECT c.article_id, c.country_code, 'mentions count differs from the mentions table'
FROM article_countries AS c
LEFT JOIN (SELECT article_id, actor_id AS country_code, count(*) AS n FROM mentions GROUP BY ALL) AS m
    USING (article_id, country_code)
WHERE coalesce(m.n, 0) <> c.mentions;
