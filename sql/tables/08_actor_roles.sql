-- Roles that hold for a time.
INSERT INTO actor_roles
SELECT actor_id, role, nullif(organization, ''), nullif(country, ''),
       CAST(nullif(valid_from, '') AS DATE), CAST(nullif(valid_to, '') AS DATE), nullif(cameo_code, ''), source
FROM read_csv(getvariable('seeds_dir') || '/actor_roles.csv', header = true, all_varchar = true);
