-- Names the actors go by.
CREATE TABLE actor_aliases (
    actor_id VARCHAR NOT NULL,
    alias    VARCHAR NOT NULL,
    source   VARCHAR NOT NULL
);

INSERT INTO actor_aliases
SELECT actor_id, alias, source
FROM read_csv(getvariable('seeds_dir') || '/actor_aliases.csv', header = true, all_varchar = true);

INSERT INTO actor_aliases
SELECT actor_id, name, 'discovered' FROM actors WHERE origin = 'discovered';

COMMENT ON TABLE actor_aliases IS 'Spellings and names of each actor that the matcher recognises (accents, transliterations, hyphens and case do not matter to it).';
COMMENT ON COLUMN actor_aliases.actor_id IS 'The actor (actors.actor_id).';
COMMENT ON COLUMN actor_aliases.alias IS 'A name of the actor as written, e.g. Nikolay Patrushev, Russian, Kremlin.';
COMMENT ON COLUMN actor_aliases.source IS 'Where the alias came from: curated, curated:variant / phoenix:variant (shorter forms of a full name), pycountry, pycountry:subdivision, phoenix:<file>, discovered.';
