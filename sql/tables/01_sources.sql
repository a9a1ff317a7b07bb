-- Outlet registry, from seeds/sources.csv (reviewed in git).
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
