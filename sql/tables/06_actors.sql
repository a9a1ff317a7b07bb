-- Canonical actors: the dictionary in seeds/ plus actors discovered in articles.
INSERT INTO actors
SELECT actor_id, name, actor_type, nullif(country_code, ''), nullif(sector, ''), 'dictionary', source, NULL
FROM read_csv(getvariable('seeds_dir') || '/actors.csv', header = true, all_varchar = true);

INSERT INTO actors
SELECT d.actor_id, d.name, d.actor_type, d.country_code, d.sector, 'discovered',
       CASE WHEN d.actor_type = 'group' THEN 'agent' ELSE 'discovered' END, d.first_article_id
FROM lake_discovered_actors AS d
WHERE d.actor_id NOT IN (SELECT actor_id FROM actors)
ORDER BY d.actor_id;
