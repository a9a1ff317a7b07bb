-- Input that could not be loaded, with the reason.
INSERT INTO rejects
SELECT reject_id, input_path, record_no, stage, reason, raw_sha256, raw_size, raw_excerpt, article_id, sub_stage,
       code_version, run_id
FROM lake_rejects
ORDER BY input_path, record_no NULLS FIRST, stage;
