-- Outlet registry, from seeds/sources.csv (reviewed in git).
CREATE TABLE sources (
    source_id VARCHAR PRIMARY KEY,
    name      VARCHAR NOT NULL,
    aliases   VARCHAR[],
    domains   VARCHAR[],
    country   VARCHAR,
    kind      VARCHAR NOT NULL
);

INSERT INTO sources
SELECT
    source_id,
    name,
    list_filter(string_split(coalesce(aliases, ''), '|'), lambda x: x <> ''),
    list_filter(string_split(coalesce(domains, ''), '|'), lambda x: x <> ''),
    nullif(country, ''),
    kind
FROM read_csv(getvariable('seeds_dir') || '/sources.csv', header = true, all_varchar = true)
ORDER BY source_id;

COMMENT ON TABLE sources IS 'News outlets and wire services Dateline recognises (registry: seeds/sources.csv). One row per source.';
COMMENT ON COLUMN sources.source_id IS 'Stable short id of the source, e.g. tass, tdi; referenced by articles.source_id and articles.cited_sources.';
COMMENT ON COLUMN sources.name IS 'Display name of the source, e.g. The Diplomatic Insight.';
COMMENT ON COLUMN sources.aliases IS 'Other names and abbreviations the source goes by in inputs and credits, e.g. [TDI].';
COMMENT ON COLUMN sources.domains IS 'Web domains of the source; an article URL on one of them (or a subdomain) is attributed to it.';
COMMENT ON COLUMN sources.country IS 'ISO 3166-1 alpha-3 code of the country the source is based in.';
COMMENT ON COLUMN sources.kind IS 'outlet (publishes articles) or wire (news agency whose copy others credit, e.g. (TASS)).';
