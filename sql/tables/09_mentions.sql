-- Every place in an article text where an actor is named.
INSERT INTO mentions
SELECT article_id, actor_id, surface, start_char, end_char, sentence_no, resolved_by
FROM lake_mentions
WHERE article_id IN (SELECT article_id FROM articles)
ORDER BY article_id, start_char;
