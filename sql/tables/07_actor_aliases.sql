-- Names the actors go by.
INSERT INTO actor_aliases
SELECT actor_id, alias, source
FROM read_csv(getvariable('seeds_dir') || '/actor_aliases.csv', header = true, all_varchar = true);

INSERT INTO actor_aliases
SELECT actor_id, name, 'discovered' FROM actors WHERE origin = 'discovered';
