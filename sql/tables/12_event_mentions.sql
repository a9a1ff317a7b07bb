-- Each sentence-level report of an event, traceable to its article, sentence and offsets.
INSERT INTO event_mentions
SELECT * FROM lake_event_mentions
WHERE article_id IN (SELECT article_id FROM articles)
ORDER BY event_id, article_id, sentence_no, trigger_start;
