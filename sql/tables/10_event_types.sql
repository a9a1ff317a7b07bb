-- Event typology: CAMEO codes with PLOVER category and mode, Goldstein score and QuadClass.
CREATE TABLE event_types (
    cameo_code      VARCHAR PRIMARY KEY,
    cameo_name      VARCHAR,
    plover_category VARCHAR NOT NULL,
    plover_mode     VARCHAR,
    plover_context  VARCHAR,
    goldstein       DOUBLE,
    quad_class      INTEGER NOT NULL,
    quad_class_name VARCHAR NOT NULL
);

INSERT INTO event_types
SELECT cameo_code, nullif(cameo_name, ''), plover_category, nullif(plover_mode, ''), nullif(plover_context, ''),
       CAST(nullif(goldstein, '') AS DOUBLE), CAST(quad_class AS INTEGER), quad_class_name
FROM read_csv(getvariable('seeds_dir') || '/event_types.csv', header = true, all_varchar = true);

COMMENT ON TABLE event_types IS 'Event types (seeds/event_types.csv, built by flows/reference.py from the PLOVER project''s CAMEO2PLOVER table, CC BY-SA 4.0, and OEDA''s CAMEO Goldstein scores, MIT).';
COMMENT ON COLUMN event_types.cameo_code IS 'CAMEO event code (2 to 4 digits), e.g. 041 Discuss by telephone.';
COMMENT ON COLUMN event_types.cameo_name IS 'CAMEO name of the code.';
COMMENT ON COLUMN event_types.plover_category IS 'PLOVER event category (AGREE, CONSULT, SUPPORT, ACCUSE, REJECT, COERCE, ASSAULT...).';
COMMENT ON COLUMN event_types.plover_mode IS 'PLOVER mode within the category, e.g. visit or phone for CONSULT.';
COMMENT ON COLUMN event_types.plover_context IS 'PLOVER context, e.g. diplomatic, economic, military.';
COMMENT ON COLUMN event_types.goldstein IS 'Goldstein conflict-cooperation score of the CAMEO code, -10 (most conflictual) to +10 (most cooperative).';
COMMENT ON COLUMN event_types.quad_class IS 'QuadClass from the CAMEO root code as GDELT assigns it: 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).';
COMMENT ON COLUMN event_types.quad_class_name IS 'Name of the QuadClass.';
