-- Report table: the newest events, with the first article reporting them.
SELECT t.event_date, t.date_precision, t.actor, t.verb, t.recipient, t.num_articles, t.sources, t.first_sentence,
       t.first_url, a.title AS first_title, a.input_path AS first_input_path
FROM event_timeline AS t
JOIN articles AS a ON a.article_id = t.first_article_id
ORDER BY t.event_date DESC NULLS LAST, t.num_articles DESC, t.event_id
LIMIT 25;
