-- Canonical actors: the dictionary in seeds/ plus actors discovered in articles.
CREATE TABLE actors (
    actor_id         VARCHAR PRIMARY KEY,
    name             VARCHAR NOT NULL,
    actor_type       VARCHAR NOT NULL,
    country_code     VARCHAR,
    sector           VARCHAR,
    origin           VARCHAR NOT NULL,
    source           VARCHAR NOT NULL,
    first_article_id VARCHAR
);

INSERT INTO actors
SELECT actor_id, name, actor_type, nullif(country_code, ''), nullif(sector, ''), 'dictionary', source, NULL
FROM read_csv(getvariable('seeds_dir') || '/actors.csv', header = true, all_varchar = true);

INSERT INTO actors
SELECT d.actor_id, d.name, d.actor_type, d.country_code, d.sector, 'discovered',
       CASE WHEN d.actor_type = 'group' THEN 'agent' ELSE 'discovered' END, d.first_article_id
FROM lake_discovered_actors AS d
WHERE d.actor_id NOT IN (SELECT actor_id FROM actors)
ORDER BY d.actor_id;

COMMENT ON TABLE actors IS 'One row per canonical actor (person, organization, country, region): every mention under any spelling resolves to one of these.';
COMMENT ON COLUMN actors.actor_id IS 'Stable id: ISO 3166 alpha-3 for countries (RUS), a slug of the name for people and organisations (nikolai_patrushev), d_<name key> for discovered actors, CAMEO''s country and agent code for groups (IRQCOP: Iraqi police; REB: rebels of no known country).';
COMMENT ON COLUMN actors.name IS 'Canonical display name.';
COMMENT ON COLUMN actors.actor_type IS 'person, organization, country, region, or group (people named by what they are: police, rebels, protesters, officials - see seeds/agents.csv).';
COMMENT ON COLUMN actors.country_code IS 'ISO 3166-1 alpha-3 code of the actor''s country (its own code for a country); NULL for international organisations and when the text gave none.';
COMMENT ON COLUMN actors.sector IS 'Main sector from the dictionary roles (government, military, business, intergovernmental organization...).';
COMMENT ON COLUMN actors.origin IS 'dictionary (seeds/actors.csv) or discovered (found in article text, not in the dictionary).';
COMMENT ON COLUMN actors.source IS 'Where the row came from: curated (seeds/curated), pycountry, phoenix:<file> (Phoenix/CAMEO dictionaries), discovered, or agent (a group: a word of seeds/agents.csv with the country before it or of the dateline).';
COMMENT ON COLUMN actors.first_article_id IS 'For discovered actors, the article they were first found in (articles.article_id).';
