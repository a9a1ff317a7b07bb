-- Event typology: CAMEO codes with PLOVER category and mode, Goldstein score and QuadClass.
INSERT INTO event_types
SELECT cameo_code, nullif(cameo_name, ''), plover_category, nullif(plover_mode, ''), nullif(plover_context, ''),
       CAST(nullif(goldstein, '') AS DOUBLE), CAST(quad_class AS INTEGER), quad_class_name
FROM read_csv(getvariable('seeds_dir') || '/event_types.csv', header = true, all_varchar = true);
