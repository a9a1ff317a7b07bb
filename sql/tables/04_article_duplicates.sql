-- Places where an already-loaded article turned up again.
INSERT INTO article_duplicates
SELECT input_path, record_no, external_id, duplicate_of, run_id
FROM lake_article_duplicates
ORDER BY input_path, record_no;
