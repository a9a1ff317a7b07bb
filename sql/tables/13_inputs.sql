-- State of incremental loading: every input file seen and what it held when last loaded.
INSERT INTO inputs
SELECT input_path, content_sha256, reference_sha256, size_bytes, first_seen, last_seen, last_loaded_run_id, status, articles, rejects
FROM lake_inputs
ORDER BY input_path;
