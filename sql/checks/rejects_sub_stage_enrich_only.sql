-- severity: error
-- Only an enrich reject names the part of the enrichment that failed (its accepted values are declared in sql/schema.toml).
SELECT reject_id, stage, sub_stage FROM rejects
WHERE (sub_stage IS NULL) <> (stage <> 'enrich');
