-- Roles that hold for a time.
CREATE TABLE actor_roles (
    actor_id     VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,
    organization VARCHAR,
    country      VARCHAR,
    valid_from   DATE,
    valid_to     DATE,
    cameo_code   VARCHAR,
    source       VARCHAR NOT NULL
);

INSERT INTO actor_roles
SELECT actor_id, role, nullif(organization, ''), nullif(country, ''),
       CAST(nullif(valid_from, '') AS DATE), CAST(nullif(valid_to, '') AS DATE), nullif(cameo_code, ''), source
FROM read_csv(getvariable('seeds_dir') || '/actor_roles.csv', header = true, all_varchar = true);

COMMENT ON TABLE actor_roles IS 'Roles actors held, with the period they held them (both ends inclusive; NULL = open-ended). Curated roles name the office; Phoenix roles give the CAMEO sector.';
COMMENT ON COLUMN actor_roles.actor_id IS 'The actor (actors.actor_id).';
COMMENT ON COLUMN actor_roles.role IS 'The role, e.g. President of Cuba; for Phoenix roles the CAMEO sector (government, military, elite...).';
COMMENT ON COLUMN actor_roles.organization IS 'Organisation the role belongs to, e.g. Communist Party of Cuba; for Phoenix roles the CAMEO actor code (CUBGOV).';
COMMENT ON COLUMN actor_roles.country IS 'ISO 3166-1 alpha-3 code of the country the role is in.';
COMMENT ON COLUMN actor_roles.valid_from IS 'First day the role was held; NULL when unknown or always.';
COMMENT ON COLUMN actor_roles.valid_to IS 'Last day the role was held (inclusive); NULL when still held or unknown.';
COMMENT ON COLUMN actor_roles.cameo_code IS 'CAMEO actor code of a Phoenix role (country + sector, e.g. RUSGOV); NULL for curated roles.';
COMMENT ON COLUMN actor_roles.source IS 'curated (seeds/curated/roles.csv) or phoenix:<file>.';
